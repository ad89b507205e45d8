package org.sanctions.lookup.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.sanctions.lookup.problem.ProblemException;

/** Reads screening evidence for auditors: one screening, or a client's screenings in a period (cursor paged). */
@ApplicationScoped
public class EvidenceQueries {

    private static final String COLUMNS = "id, screened_at, subject, client_id, username, source, batch_id, job_id,"
            + " item_ref, query::text, list_version, threshold, outcome, top_matches::text, index_stale,"
            + " engine_version, config_hash, list_sources::text, ownership::text";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    EvidenceQueries(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Optional<EvidenceView> byId(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from screening_evidence where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read evidence", e);
        }
    }

    /** Screenings matching the filter (from <= screenedAt < to), oldest (or newest) first, after the cursor. */
    public EvidenceView.Page list(EvidenceFilter filter, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from screening_evidence where screened_at >= ?"
                + " and screened_at < ?");
        List<Object> criteria = new ArrayList<>();
        criterion(sql, criteria, " and client_id = ?", filter.clientId());
        if (filter.user() != null) {
            sql.append(" and (subject = ? or username = ?)");
            criteria.add(filter.user());
            criteria.add(filter.user());
        }
        criterion(sql, criteria, " and outcome = ?", filter.outcome());
        criterion(sql, criteria, " and list_version = ?", filter.listVersion());
        Object[] after = decode(cursor);
        if (after != null) {
            sql.append(filter.newestFirst() ? " and (screened_at, id) < (?, ?)" : " and (screened_at, id) > (?, ?)");
        }
        sql.append(filter.newestFirst() ? " order by screened_at desc, id desc limit ?" : " order by screened_at, id limit ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setTimestamp(i++, Timestamp.from(filter.from()));
            ps.setTimestamp(i++, Timestamp.from(filter.to()));
            for (Object value : criteria) {
                ps.setObject(i++, value);
            }
            if (after != null) {
                ps.setTimestamp(i++, (Timestamp) after[0]);
                ps.setObject(i++, after[1]);
            }
            ps.setInt(i, limit + 1);
            List<EvidenceView> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(view(rs));
                }
            }
            String next = null;
            if (items.size() > limit) {
                items = items.subList(0, limit);
                EvidenceView last = items.get(limit - 1);
                next = encode(last.screenedAt(), last.screeningId());
            }
            return new EvidenceView.Page(items, next);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot list evidence", e);
        }
    }

    private static void criterion(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }

    private EvidenceView view(ResultSet rs) throws SQLException, IOException {
        return new EvidenceView(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getObject(8, UUID.class), rs.getString(9), json.readTree(rs.getString(10)), rs.getLong(11),
                rs.getDouble(12), rs.getString(13), json.readTree(rs.getString(14)), rs.getBoolean(15),
                rs.getString(16), rs.getString(17), rs.getString(18) == null ? null : json.readTree(rs.getString(18)),
                rs.getString(19) == null ? null : json.readTree(rs.getString(19)));
    }

    private static String encode(Instant at, UUID id) {
        String raw = at.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new Object[] {Timestamp.from(Instant.parse(parts[0])), UUID.fromString(parts[1])};
        } catch (RuntimeException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this endpoint");
        }
    }
}
