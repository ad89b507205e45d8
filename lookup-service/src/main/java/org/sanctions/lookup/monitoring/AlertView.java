package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Explanation;
import org.sanctions.lookup.screening.ScreeningViews.MeasureView;

/**
 * An alert as the API returns it; {@code history} only on the single-alert read.
 *
 * @param listVersion the feed sequence of the list state the alert was computed on
 * @param pendingDecision the analyst's decision waiting for a reviewer's confirmation
 * @param customer the customer's matching fields (names, kind, birthDate, nationality) the alert was computed on
 * @param party the listed party's matching fields (names, kind, birthDates, nationalities) the alert was computed on
 * @param basis NAME (the customer's names resemble the party) or OWNERSHIP (the customer's owners block it)
 * @param ownership on an OWNERSHIP alert, the determination per jurisdiction with its paths, as last computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An alert: one customer of the bank resembling one listed party (basis NAME), or blocked"
        + " through its owners and controllers (basis OWNERSHIP, once per customer; partyId is then the listed owner"
        + " with the largest holding on the proving paths)")
public record AlertView(UUID id, String bank, AlertState state, String customerId, String partyId,
        long partyVersion, double score, String matchedName,
        @Schema(implementation = Explanation.class) JsonNode explanation,
        @Schema(type = SchemaType.ARRAY, implementation = MeasureView.class) JsonNode measures,
        String engineVersion, String configHash, long listVersion, String pendingDecision, String proposedBy,
        String closedReason, Instant createdAt, Instant updatedAt,
        @Schema(type = SchemaType.OBJECT, description = "The customer's matching fields as compared") JsonNode customer,
        @Schema(type = SchemaType.OBJECT, description = "The listed party's matching fields as compared") JsonNode party,
        List<ActionView> history,
        AlertBasis basis,
        @Schema(ref = "OwnershipResult", description = "On an OWNERSHIP alert: per"
                + " jurisdiction (US, EU, UK) whether the owners block the customer, the proven share and the paths"
                + " from each listed owner down to the customer, and each owner's match, as last computed")
        JsonNode ownership) {

    /** One entry of the alert's append-only history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Who did what to the alert, when and why")
    public record ActionView(Instant at, String actor, String action, String fromState, String toState,
            String reason, @Schema(type = SchemaType.OBJECT) JsonNode detail) {
    }

    /** A page of alerts and the cursor of the next page (null on the last). */
    @Schema(description = "A page of alerts")
    public record Page(List<AlertView> items, String next) {
    }
}
