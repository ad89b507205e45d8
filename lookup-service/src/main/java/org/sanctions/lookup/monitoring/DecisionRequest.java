package org.sanctions.lookup.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision on an alert: an analyst proposes FALSE_POSITIVE, TRUE_MATCH or ESCALATE; a reviewer CONFIRMs or RETURNs. */
@Schema(description = "A decision on an alert", example = "{\"decision\":\"FALSE_POSITIVE\","
        + "\"reason\":\"Different person: born 1990, listed party born 1957\"}")
public record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String reason) {

    /** What the caller decides. */
    public enum Decision {
        FALSE_POSITIVE, TRUE_MATCH, ESCALATE, CONFIRM, RETURN;

        /** Every decision but an escalation needs a reason: it closes, confirms a close or sends it back. */
        boolean needsReason() {
            return this != ESCALATE;
        }
    }
}
