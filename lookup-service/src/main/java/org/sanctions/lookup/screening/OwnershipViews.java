package org.sanctions.lookup.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.ownership.Share;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;

/** Response records of the ownership part of a screening (field names are a contract with client code). */
public final class OwnershipViews {

    private OwnershipViews() {
    }

    /** Whether the customer is blocked through its owners, per jurisdiction, and how each owner screened. */
    @Schema(name = "OwnershipResult")
    public record OwnershipView(@JsonProperty("US") JurisdictionView us, @JsonProperty("EU") JurisdictionView eu,
            @JsonProperty("UK") JurisdictionView uk, List<OwnerView> owners) {
    }

    /** The rule's answer under one jurisdiction. */
    @Schema(name = "OwnershipDetermination")
    public record JurisdictionView(
            @Schema(nullable = true, description = "true, false, or null when a missing share leaves it open")
            Boolean blocked,
            @Schema(description = "Proven blocked holding in percent (US, EU: sum; UK: largest single owner)")
            BigDecimal aggregateShare,
            @Schema(description = "Not blocked on the lower bounds of share ranges, but the upper bounds would block")
            boolean upperBoundWouldBlock,
            @Schema(description = "Blocked through control rather than shares") boolean controlled,
            String rule,
            @Schema(description = "Each path runs from a matched listed owner down to the customer")
            List<List<StepView>> paths,
            List<List<String>> cycles,
            List<String> notes) {
    }

    /** One holding on a path. */
    @Schema(name = "OwnershipStep")
    public record StepView(String owner, String ownerName, String owned, String ownedName,
            @Schema(nullable = true) ShareView share, boolean controls,
            @Schema(nullable = true, description = "The listed party the owner matched") String listedPartyId,
            @Schema(nullable = true) String listedName,
            @Schema(description = "Programs blocking the owner in this jurisdiction; empty when blocked only through"
                    + " its own owners") List<String> programs) {
    }

    /** A share as min..max in percent (equal for an exact share; null for unknown). */
    @Schema(name = "OwnershipShareBounds")
    public record ShareView(@Schema(nullable = true) BigDecimal min, @Schema(nullable = true) BigDecimal max) {

        static ShareView of(Share s) {
            return new ShareView(s.min(), s.max());
        }
    }

    /** One owner of the structure and its best match at or above the threshold, if any. */
    @Schema(name = "OwnerScreening")
    public record OwnerView(@Schema(description = "Where the owner sits in the request, e.g. owners[0].owners[1]")
            String ref, String name, @Schema(nullable = true) MatchView match) {
    }
}
