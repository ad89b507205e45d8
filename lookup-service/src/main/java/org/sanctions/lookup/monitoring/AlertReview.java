package org.sanctions.lookup.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.monitoring.DecisionRequest.Decision;
import org.sanctions.lookup.problem.ProblemException;

/**
 * Four-eyes review of alerts: an analyst proposes a close (false positive or true match) and a different reviewer
 * confirms it or returns it; banks configured for single review close on the analyst's decision alone.
 */
@ApplicationScoped
public class AlertReview {

    static final String ANALYST = "alert-analyst";
    static final String REVIEWER = "alert-reviewer";

    private final AlertStore alerts;
    private final Set<String> singleReviewBanks;

    AlertReview(AlertStore alerts, LookupConfig config) {
        this.alerts = alerts;
        this.singleReviewBanks = config.monitoring().singleReviewBanks().orElse(Set.of());
    }

    /** Applies a decision of the caller (with these roles) to the bank's alert. */
    public void decide(String bank, String actor, Set<String> roles, UUID alertId, DecisionRequest request) {
        Decision decision = request.decision();
        String reason = request.reason() == null ? null : request.reason().strip();
        if (decision.needsReason() && (reason == null || reason.isEmpty())) {
            throw ProblemException.invalid("reason", "a " + decision + " decision needs a reason");
        }
        alerts.transaction(c -> {
            AlertRow alert = alerts.lock(c, bank, alertId)
                    .orElseThrow(() -> ProblemException.notFound("No alert " + alertId + "."));
            apply(c, alert, decision, actor, roles, reason);
            return null;
        });
    }

    private void apply(Connection c, AlertRow alert, Decision decision, String actor, Set<String> roles,
            String reason) throws SQLException {
        switch (decision) {
            case FALSE_POSITIVE, TRUE_MATCH -> {
                require(roles, ANALYST, decision);
                requireState(alert, decision, AlertState.OPEN, AlertState.ESCALATED);
                if (singleReviewBanks.contains(alert.bank())) {
                    move(c, alert, closed(decision.name()), null, null, actor, "CLOSED_AS_" + decision, reason);
                } else {
                    move(c, alert, AlertState.IN_REVIEW, decision.name(), actor, actor, "PROPOSED_" + decision,
                            reason);
                }
            }
            case ESCALATE -> {
                requireAny(roles, decision);
                requireState(alert, decision, AlertState.OPEN, AlertState.IN_REVIEW);
                move(c, alert, AlertState.ESCALATED, null, null, actor, "ESCALATED", reason);
            }
            case CONFIRM -> {
                require(roles, REVIEWER, decision);
                requireState(alert, decision, AlertState.IN_REVIEW);
                if (actor.equals(alert.proposedBy())) {
                    throw new ProblemException(409, "conflict",
                            "A decision needs a second person: " + actor + " proposed it and cannot confirm it.",
                            null);
                }
                move(c, alert, closed(alert.pending()), null, null, actor, "CONFIRMED_" + alert.pending(), reason);
            }
            case RETURN -> {
                require(roles, REVIEWER, decision);
                requireState(alert, decision, AlertState.IN_REVIEW);
                move(c, alert, AlertState.OPEN, null, null, actor, "RETURNED", reason);
            }
        }
    }

    private void move(Connection c, AlertRow alert, AlertState to, String pending, String proposedBy, String actor,
            String action, String reason) throws SQLException {
        Instant now = Instant.now();
        alerts.transition(c, alert.id(), to, pending, proposedBy, to.closed() ? reason : null, now);
        alerts.append(c, alert.id(), new AlertStore.Action(now, actor, action, alert.state().name(), to.name(), reason,
                null));
    }

    private static AlertState closed(String decision) {
        return "TRUE_MATCH".equals(decision) ? AlertState.CLOSED_TRUE_MATCH : AlertState.CLOSED_FALSE_POSITIVE;
    }

    private static void require(Set<String> roles, String role, Decision decision) {
        if (!roles.contains(role)) {
            throw new ProblemException(403, "forbidden", decision + " is decided by the role " + role + ".", null);
        }
    }

    private static void requireAny(Set<String> roles, Decision decision) {
        if (!roles.contains(ANALYST) && !roles.contains(REVIEWER)) {
            throw new ProblemException(403, "forbidden", decision + " is decided by an analyst or a reviewer.", null);
        }
    }

    private static void requireState(AlertRow alert, Decision decision, AlertState... allowed) {
        for (AlertState s : allowed) {
            if (alert.state() == s) {
                return;
            }
        }
        throw new ProblemException(409, "conflict", "An alert in state " + alert.state() + " cannot take the decision "
                + decision + ".", null);
    }
}
