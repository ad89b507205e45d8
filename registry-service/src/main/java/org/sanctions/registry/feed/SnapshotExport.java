package org.sanctions.registry.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.registry.audit.chain.ChainAppender;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.imports.ImportEvent;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.program.ProgramDto;

/**
 * The NDJSON snapshot: a header naming the seq it reflects, then every program and party as of that seq. The state
 * of each record is the state after its last event at or below seq, so the snapshot is exactly "the events up to
 * seq" however many writes commit while it streams, and a consumer continues with /changes?after=seq without gap
 * or duplicate. The header also names each source's list state at seq ({@link ListState}). The queries run in
 * one read-only REPEATABLE READ transaction, streamed with a cursor.
 */
@ApplicationScoped
public class SnapshotExport {

    public static final String FORMAT = "sanctions-registry-export";
    private static final int FETCH = 500;
    private static final String LATEST = "select cast(e.after as text) from audit_event e join (select max(seq) as seq"
            + " from audit_event where entity_type = ? and seq <= ? group by entity_id) l on e.seq = l.seq"
            + " order by e.seq";
    private static final String APPLIED = "select distinct on (after->>'source') cast(after as text) from audit_event"
            + " where action = 'IMPORT_APPLIED' and seq <= ? order by after->>'source', seq desc";

    private final AgroalDataSource db;
    private final ObjectMapper json;

    public SnapshotExport(AgroalDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The seq of the last committed event: what a snapshot started now reflects. */
    public long committedSeq() throws SQLException {
        try (Connection c = db.getConnection()) {
            return ChainAppender.head(c, false).seq();
        }
    }

    public void write(long seq, OutputStream out) throws IOException {
        Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<String, Object> header = new LinkedHashMap<>();
                header.put("format", FORMAT);
                header.put("formatVersion", 1);
                header.put("seq", seq);
                header.put("exportedAt", Timestamps.now());
                header.put("sources", listStates(c, seq));
                lines.write(json.writeValueAsString(header));
                lines.write('\n');
                stream(c, "PROGRAM", seq, "program", ProgramDto.class, lines);
                stream(c, "PARTY", seq, "party", PartyDto.class, lines);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new IOException("snapshot export failed", e);
        }
        lines.flush();
    }

    /** Per source, the last import applied at or below seq (IMPORT_APPLIED events). */
    private List<ListState> listStates(Connection c, long seq) throws SQLException, IOException {
        List<ListState> states = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(APPLIED)) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ImportEvent job = json.readValue(rs.getString(1), ImportEvent.class);
                    states.add(new ListState(job.source(), job.fileSha256(), job.appliedAt(), job.id()));
                }
            }
        }
        return states;
    }

    private void stream(Connection c, String type, long seq, String key, Class<?> dto, Writer lines)
            throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement(LATEST)) {
            ps.setFetchSize(FETCH);
            ps.setString(1, type);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.write("{\"" + key + "\":");
                    lines.write(json.writeValueAsString(json.readValue(rs.getString(1), dto)));
                    lines.write("}\n");
                }
            }
        }
    }
}
