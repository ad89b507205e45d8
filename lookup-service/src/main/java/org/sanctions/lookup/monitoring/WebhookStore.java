package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints and the delivery outbox in PostgreSQL; deliveries are written with the alert they announce. */
@ApplicationScoped
public class WebhookStore {

    /** A registered endpoint. */
    public record Endpoint(UUID id, String bank, String url, List<String> events, String secret, Instant createdAt) {
    }

    /** One delivery of one event to one endpoint. */
    public record Delivery(UUID id, UUID endpointId, String bank, String eventType, String payload, Instant createdAt,
            String state, int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError,
            Instant deliveredAt) {
    }

    private static final String DELIVERY = "id, endpoint_id, bank, event_type, payload::text, created_at, state,"
            + " attempts, next_attempt_at, last_status, last_error, delivered_at";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    WebhookStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Queues the event for every endpoint of the bank that asked for it, in the caller's transaction. */
    public void enqueue(Connection c, String bank, String eventType, UUID alertId, Assessment a, AlertState state)
            throws SQLException {
        enqueue(c, bank, eventType, alertId, a.customerId(), a.partyId(), a.score(), a.listVersion(), state,
                a.basis(), a.ownership() == null ? null : a.ownership().json());
    }

    /**
     * Queues an alert event given its fields, in the caller's transaction; an OWNERSHIP alert's event carries the
     * determination (the alert's {@code ownership}) in {@code ownershipJson}.
     */
    public void enqueue(Connection c, String bank, String eventType, UUID alertId, String customerId, String partyId,
            double score, long listVersion, AlertState state, AlertBasis basis, String ownershipJson)
            throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", alertId);
        data.put("state", state);
        data.put("basis", basis);
        data.put("customerId", customerId);
        data.put("partyId", partyId);
        data.put("score", score);
        data.put("listVersion", listVersion);
        if (ownershipJson != null) {
            data.put("ownership", tree(ownershipJson));
        }
        Instant now = Instant.now();
        String payload = write(Map.of("type", eventType, "timestamp", now.toString(), "data", data));
        try (PreparedStatement ps = c.prepareStatement("insert into webhook_delivery (id, endpoint_id, bank,"
                + " event_type, payload, created_at, state, next_attempt_at) select gen_random_uuid(), id, bank, ?,"
                + " ?::jsonb, ?, 'PENDING', ? from webhook_endpoint where bank = ? and deleted_at is null"
                + " and (events @> jsonb_build_array(?::text) or events @> '[\"*\"]'::jsonb)")) {
            ps.setString(1, eventType);
            ps.setString(2, payload);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, bank);
            ps.setString(6, eventType);
            ps.executeUpdate();
        }
    }

    public Endpoint create(String bank, String url, List<String> events, String secret) {
        Endpoint e = new Endpoint(UUID.randomUUID(), bank, url, List.copyOf(events), secret, Instant.now());
        update("insert into webhook_endpoint (id, bank, url, events, secret, created_at) values (?, ?, ?, ?::jsonb,"
                + " ?, ?)", e.id(), bank, url, write(events), secret, Timestamp.from(e.createdAt()));
        return e;
    }

    public List<Endpoint> endpoints(String bank) {
        return endpoints("where bank = ? and deleted_at is null order by created_at, id", bank);
    }

    public Optional<Endpoint> endpoint(String bank, UUID id) {
        return endpoints("where bank = ? and id = ? and deleted_at is null", bank, id).stream().findFirst();
    }

    /** Soft-deletes an endpoint (its delivery log stays); whether it existed. */
    public boolean delete(String bank, UUID id) {
        return update("update webhook_endpoint set deleted_at = now() where bank = ? and id = ? and deleted_at is null",
                bank, id) > 0;
    }

    public List<Delivery> deliveries(UUID endpointId, int limit) {
        return deliveries("where endpoint_id = ? order by created_at desc, id limit " + limit, endpointId);
    }

    public Optional<Delivery> delivery(UUID endpointId, UUID id) {
        return deliveries("where endpoint_id = ? and id = ?", endpointId, id).stream().findFirst();
    }

    /**
     * Claims up to {@code limit} deliveries due now, oldest due first, for one sender: the rows are picked with
     * {@code for update skip locked} (a concurrent claimer skips them instead of waiting, and takes others) and, in
     * the same statement, their next attempt is moved {@code lease} ahead, so that no other sender takes them while
     * this one sends. The sender then records the outcome ({@link #delivered}, {@link #failed}); one that died
     * meanwhile leaves them due again when the lease ends (delivery is at least once).
     */
    public List<Delivery> claimDue(int limit, Duration lease) {
        List<Delivery> claimed = new ArrayList<>();
        query("with due as (select id from webhook_delivery where state = 'PENDING' and next_attempt_at <= now()"
                + " order by next_attempt_at limit ? for update skip locked)"
                + " update webhook_delivery set next_attempt_at = now()"
                + " + cast(? as double precision) * interval '1 millisecond'"
                + " where id in (select id from due) returning " + DELIVERY, rs -> claimed.add(readDelivery(rs)),
                limit, lease.toMillis());
        claimed.sort(Comparator.comparing(Delivery::createdAt));
        return claimed;
    }

    /** The endpoint of a delivery, even when deleted since (a delivery in flight still needs its secret). */
    public Optional<Endpoint> endpointOf(Delivery d) {
        return endpoints("where id = ?", d.endpointId()).stream().findFirst();
    }

    public void delivered(UUID id, int status) {
        update("update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1, last_status = ?,"
                + " last_error = null, delivered_at = now() where id = ?", status, id);
    }

    /** Records a failed attempt: retried at {@code next}, or FAILED when {@code next} is null. */
    public void failed(UUID id, Integer status, String error, Instant next) {
        // only while still pending: a sender that outlived its lease must not undo another sender's delivery
        update("update webhook_delivery set attempts = attempts + 1, last_status = ?, last_error = ?,"
                + " state = ?, next_attempt_at = coalesce(?, next_attempt_at) where id = ? and state = 'PENDING'",
                status, error, next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next), id);
    }

    /** Queues a delivery again now (a replay): same id and body, so the receiver can deduplicate. */
    public void replay(UUID id) {
        update("update webhook_delivery set state = 'PENDING', next_attempt_at = now() where id = ?", id);
    }

    /** Queues again every delivery of the endpoint created in [from, to); how many. */
    public int replayRange(UUID endpointId, Instant from, Instant to) {
        return update("update webhook_delivery set state = 'PENDING', next_attempt_at = now() where endpoint_id = ?"
                + " and created_at >= ? and created_at < ?", endpointId, Timestamp.from(from), Timestamp.from(to));
    }

    private List<Endpoint> endpoints(String where, Object... args) {
        List<Endpoint> out = new ArrayList<>();
        query("select id, bank, url, events::text, secret, created_at from webhook_endpoint " + where, rs -> {
            out.add(new Endpoint(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    read(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }, args);
        return out;
    }

    private List<Delivery> deliveries(String where, Object... args) {
        List<Delivery> out = new ArrayList<>();
        query("select " + DELIVERY + " from webhook_delivery " + where, rs -> out.add(readDelivery(rs)), args);
        return out;
    }

    private static Delivery readDelivery(ResultSet rs) throws SQLException {
        Timestamp delivered = rs.getTimestamp(12);
        return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8),
                rs.getTimestamp(9).toInstant(), (Integer) rs.getObject(10), rs.getString(11),
                delivered == null ? null : delivered.toInstant());
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read webhooks", e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write webhooks", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise", e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored ownership is not JSON", e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored events are not readable", e);
        }
    }
}
