package org.sanctions.registry.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sanctions.registry.imports.ImportEvent;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.program.ProgramDto;
import org.sanctions.registry.sources.SourceEvent;

/** Reads the change feed from the audit log: events after a seq, in order, waiting for new ones when asked to. */
@ApplicationScoped
public class ChangeFeed {

    private final AgroalDataSource db;
    private final ChangeNotifier notifier;
    private final ObjectMapper json;

    public ChangeFeed(AgroalDataSource db, ChangeNotifier notifier, ObjectMapper json) {
        this.db = db;
        this.notifier = notifier;
        this.json = json;
    }

    /** Up to {@code limit} events after {@code after}; if none yet, waits up to {@code waitMillis} for a commit. */
    public ChangePage changes(long after, int limit, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        List<FeedEvent> events = read(after, limit);
        while (events.isEmpty() && notifier.awaitBeyond(after, deadline - System.currentTimeMillis())) {
            events = read(after, limit);
        }
        return new ChangePage(events, events.isEmpty() ? after : events.get(events.size() - 1).seq());
    }

    private List<FeedEvent> read(long after, int limit) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select seq, occurred_at,"
                + " action, entity_type, entity_id, version, cast(after as text) from audit_event where seq > ?"
                + " order by seq limit ?")) {
            ps.setLong(1, after);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<FeedEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(event(rs));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("change feed query failed", e);
        }
    }

    private FeedEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString(4);
        String state = rs.getString(7);
        return new FeedEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), type,
                rs.getString(5), rs.getLong(6), "PARTY".equals(type) ? parse(state, PartyDto.class) : null,
                "PROGRAM".equals(type) ? parse(state, ProgramDto.class) : null,
                "SOURCE".equals(type) ? parse(state, SourceEvent.class) : null,
                "IMPORT".equals(type) ? parse(state, ImportEvent.class) : null);
    }

    private <T> T parse(String doc, Class<T> type) {
        try {
            return json.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
