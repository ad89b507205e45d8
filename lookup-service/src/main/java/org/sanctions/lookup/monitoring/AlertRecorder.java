package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Raises, updates or reopens the alert of one (customer, listed party) pair, or the OWNERSHIP alert of a customer,
 * from a fresh assessment, inside the caller's transaction, with its history row and its webhook deliveries in the
 * same transaction.
 */
@ApplicationScoped
public class AlertRecorder {

    /** The actor of actions the system takes itself. */
    static final String SYSTEM = "monitoring";
    /** The closed reason of an alert whose party was delisted. */
    static final String DELISTED = "delisted";
    /** The closed reason of an OWNERSHIP alert whose customer's owners no longer block it anywhere. */
    static final String NO_LONGER_BLOCKED = "the owners no longer block";

    private final AlertStore alerts;
    private final WebhookStore outbox;
    private final Assessor assessor;

    AlertRecorder(AlertStore alerts, WebhookStore outbox, Assessor assessor) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.assessor = assessor;
    }

    /** Records the assessment; returns the alert id when something changed. */
    public Optional<UUID> record(Connection c, Assessment a) throws SQLException {
        Instant now = Instant.now();
        Optional<AlertRow> existing = a.basis() == AlertBasis.OWNERSHIP
                ? alerts.lockOwnership(c, a.bank(), a.customerId())
                : alerts.lockPair(c, a.bank(), a.customerId(), a.partyId());
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            alerts.insert(c, id, a, now);
            alerts.append(c, id, new AlertStore.Action(now, SYSTEM, "RAISED", null, AlertState.OPEN.name(), null,
                    assessor.write(Map.of("score", a.score(), "listVersion", a.listVersion()))));
            outbox.enqueue(c, a.bank(), "alert.raised", id, a, AlertState.OPEN);
            return Optional.of(id);
        }
        AlertRow alert = existing.get();
        if (alert.state() == AlertState.CLOSED_DELISTED) {
            // the party is listed again (or still matches after its delisting was undone): the alert is live again
            alerts.recompute(c, alert.id(), a, AlertState.OPEN, now);
            alerts.append(c, alert.id(), new AlertStore.Action(now, SYSTEM, "REOPENED", alert.state().name(),
                    AlertState.OPEN.name(), a.basis() == AlertBasis.OWNERSHIP ? "the owners block again"
                            : "the party is listed again", assessor.write(difference(alert, a))));
            outbox.enqueue(c, a.bank(), "alert.reopened", alert.id(), a, AlertState.OPEN);
            return Optional.of(alert.id());
        }
        boolean changed = a.sidesChangedSince(alert);
        if (!a.differsFrom(alert)) {
            return Optional.empty();
        }
        if (alert.state() == AlertState.CLOSED_FALSE_POSITIVE) {
            if (!changed) {
                return Optional.empty(); // suppressed: neither side changed since it was confirmed a false positive
            }
            alerts.recompute(c, alert.id(), a, AlertState.OPEN, now);
            alerts.append(c, alert.id(), new AlertStore.Action(now, SYSTEM, "REOPENED", alert.state().name(),
                    AlertState.OPEN.name(), "matching fields changed since it was closed as a false positive",
                    assessor.write(difference(alert, a))));
            outbox.enqueue(c, a.bank(), "alert.reopened", alert.id(), a, AlertState.OPEN);
            return Optional.of(alert.id());
        }
        alerts.recompute(c, alert.id(), a, alert.state(), now);
        alerts.append(c, alert.id(), new AlertStore.Action(now, SYSTEM, "UPDATED", alert.state().name(),
                alert.state().name(), null, assessor.write(difference(alert, a))));
        outbox.enqueue(c, a.bank(), "alert.updated", alert.id(), a, alert.state());
        return Optional.of(alert.id());
    }

    /**
     * Closes the open, in-review and escalated alerts of a party that has no measure in force any more (every bank's),
     * as CLOSED_DELISTED with the reason "delisted", each with its history row and an {@code alert.closed} event;
     * returns how many were closed.
     */
    public int delist(Connection c, String partyId, long partyVersion, long listVersion) throws SQLException {
        Instant now = Instant.now();
        List<AlertRow> open = alerts.lockOpenOfParty(c, partyId);
        for (AlertRow alert : open) {
            alerts.transition(c, alert.id(), AlertState.CLOSED_DELISTED, null, null, DELISTED, now);
            alerts.append(c, alert.id(), new AlertStore.Action(now, SYSTEM, "DELISTED", alert.state().name(),
                    AlertState.CLOSED_DELISTED.name(), DELISTED,
                    assessor.write(Map.of("partyVersion", partyVersion, "listVersion", listVersion))));
            outbox.enqueue(c, alert.bank(), "alert.closed", alert.id(), alert.customerId(), partyId, alert.score(),
                    listVersion, AlertState.CLOSED_DELISTED, AlertBasis.NAME, null);
        }
        return open.size();
    }

    /**
     * Closes the customer's open, in-review or escalated OWNERSHIP alert, if it has one, as CLOSED_DELISTED with the
     * reason "the owners no longer block" (a listed owner delisted, or the customer's owners changed), with a
     * history row and an {@code alert.closed} event carrying the new determination (null: no owners any more);
     * returns whether an alert was closed.
     */
    public boolean clearOwnership(Connection c, String bank, String customerId, String ownershipJson,
            long listVersion) throws SQLException {
        Optional<AlertRow> existing = alerts.lockOwnership(c, bank, customerId);
        if (existing.isEmpty() || existing.get().state().closed()) {
            return false;
        }
        AlertRow alert = existing.get();
        Instant now = Instant.now();
        alerts.transition(c, alert.id(), AlertState.CLOSED_DELISTED, null, null, NO_LONGER_BLOCKED, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("listVersion", listVersion);
        detail.put("ownership", ownershipJson == null ? null : summaryOf(ownershipJson));
        alerts.append(c, alert.id(), new AlertStore.Action(now, SYSTEM, "NO_LONGER_BLOCKED", alert.state().name(),
                AlertState.CLOSED_DELISTED.name(), NO_LONGER_BLOCKED, assessor.write(detail)));
        outbox.enqueue(c, bank, "alert.closed", alert.id(), customerId, alert.partyId(), alert.score(), listVersion,
                AlertState.CLOSED_DELISTED, AlertBasis.OWNERSHIP, ownershipJson);
        return true;
    }

    /** What changed on each side, before and after, as shown in the alert's history. */
    private Map<String, Object> difference(AlertRow before, Assessment after) {
        Map<String, Object> diff = new LinkedHashMap<>();
        diff.put("scoreBefore", before.score());
        diff.put("scoreAfter", after.score());
        if (!before.partyHash().equals(after.partyHash())) {
            diff.put("party", Map.of("before", assessor.tree(before.partyFieldsJson()),
                    "after", assessor.tree(after.partyFieldsJson())));
        }
        if (!before.customerHash().equals(after.customerHash())) {
            diff.put("customer", Map.of("before", assessor.tree(before.customerFieldsJson()),
                    "after", assessor.tree(after.customerFieldsJson())));
        }
        if (after.ownership() != null && before.ownershipJson() != null
                && !after.ownership().hash().equals(before.ownershipHash())) {
            diff.put("ownership", Map.of("before", summaryOf(before.ownershipJson()),
                    "after", summaryOf(after.ownership().json())));
        }
        return diff;
    }

    /** Per jurisdiction, blocked and the proven share, from a stored ownership document. */
    private Map<String, Object> summaryOf(String ownershipJson) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode tree = assessor.tree(ownershipJson);
        for (String j : List.of("US", "EU", "UK")) {
            JsonNode blocked = tree.path(j).path("blocked");
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("blocked", blocked.isBoolean() ? blocked.asBoolean() : null);
            one.put("aggregateShare", tree.path(j).path("aggregateShare").decimalValue());
            out.put(j, one);
        }
        return out;
    }
}
