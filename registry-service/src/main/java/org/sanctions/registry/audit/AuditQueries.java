package org.sanctions.registry.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for auditors: filtered pages, a streamed CSV of a whole query, a party's history. */
@ApplicationScoped
public class AuditQueries {

    private static final int FETCH = 500;

    private final AgroalDataSource db;

    public AuditQueries(AgroalDataSource db) {
        this.db = db;
    }

    public AuditPage page(AuditFilter filter, long afterSeq, int limit) {
        return page(filter, afterSeq, limit, false);
    }

    /** A page in seq order, or newest first (the cursor is then the seq to read below). */
    public AuditPage page(AuditFilter filter, long cursor, int limit, boolean descending) {
        List<AuditEventDto> events = query(filter, cursor, limit + 1, descending);
        boolean more = events.size() > limit;
        List<AuditEventDto> page = more ? events.subList(0, limit) : events;
        return new AuditPage(page, more ? Long.toString(page.get(page.size() - 1).seq()) : null);
    }

    /** Every event of one entity, oldest first. */
    public List<HistoryEntry> history(EntityType type, String id) {
        return query(new AuditFilter(type, id, null, null, null, null), 0, null).stream().map(HistoryEntry::of).toList();
    }

    /** Streams every matching event as CSV rows (with a cursor, so memory stays flat however long the log is). */
    public void writeCsv(AuditFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (AuditCsv csv = new AuditCsv(writer); PreparedStatement ps = AuditRows.select(c, filter, 0, null)) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        csv.write(AuditRows.map(rs));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("audit export failed", e);
        }
    }

    private List<AuditEventDto> query(AuditFilter filter, long afterSeq, Integer limit) {
        return query(filter, afterSeq, limit, false);
    }

    private List<AuditEventDto> query(AuditFilter filter, long afterSeq, Integer limit, boolean descending) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = AuditRows.select(c, filter, afterSeq, limit, descending);
                ResultSet rs = ps.executeQuery()) {
            List<AuditEventDto> events = new ArrayList<>();
            while (rs.next()) {
                events.add(AuditRows.map(rs));
            }
            return events;
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("audit query failed", e));
        }
    }
}
