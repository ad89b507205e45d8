package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads alerts for the API, mapping stored rows to views. */
@ApplicationScoped
public class AlertQueries {

    private final AlertStore alerts;
    private final Assessor assessor;

    AlertQueries(AlertStore alerts, Assessor assessor) {
        this.alerts = alerts;
        this.assessor = assessor;
    }

    public List<AlertView> page(AlertStore.Filter filter, UUID after, int limit) {
        return alerts.page(filter, after, limit).stream().map(a -> view(a, null)).toList();
    }

    /** One alert with its history; bank null (an auditor) reads any bank. */
    public Optional<AlertView> detail(String bank, UUID id) {
        return alerts.find(bank, id).map(a -> view(a, alerts.history(id).stream()
                .map(h -> new AlertView.ActionView(h.at(), h.actor(), h.action(), h.fromState(), h.toState(),
                        h.reason(), h.detailJson() == null ? null : assessor.tree(h.detailJson())))
                .toList()));
    }

    private JsonNode fields(String stored) {
        return stored == null ? null : assessor.tree(stored);
    }

    private AlertView view(AlertRow a, List<AlertView.ActionView> history) {
        return new AlertView(a.id(), a.bank(), a.state(), a.customerId(), a.partyId(), a.partyVersion(), a.score(),
                a.matchedName(), assessor.tree(a.explanationJson()), assessor.tree(a.measuresJson()),
                a.engineVersion(), a.configHash(), a.listVersion(), a.pending(), a.proposedBy(), a.closedReason(),
                a.createdAt(), a.updatedAt(), fields(a.customerFieldsJson()), fields(a.partyFieldsJson()), history,
                a.basis(), fields(a.ownershipJson()));
    }
}
