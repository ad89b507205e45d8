package org.sanctions.lookup.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.ownership.Determination;
import org.sanctions.lookup.ownership.Jurisdiction;
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

    /**
     * The ownership rule applied to a matched party's own links in the registry: whether its listed owners and
     * controllers block it, per jurisdiction.
     */
    @Schema(name = "PartyOwnershipResult", description = "The ownership rule applied to the registry's links of the "
            + "matched party: blocked through its listed owners or controllers, with the path, per jurisdiction")
    public record PartyOwnershipView(@JsonProperty("US") JurisdictionView us,
            @JsonProperty("EU") JurisdictionView eu, @JsonProperty("UK") JurisdictionView uk) {

        static PartyOwnershipView of(Map<Jurisdiction, Determination> d, Function<String, ListedParty> registered) {
            return new PartyOwnershipView(JurisdictionView.of(d.get(Jurisdiction.US), registered),
                    JurisdictionView.of(d.get(Jurisdiction.EU), registered),
                    JurisdictionView.of(d.get(Jurisdiction.UK), registered));
        }
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

        /**
         * The view of a determination; {@code listed} gives the listed party that an owner of the graph is (or
         * matched), null when none.
         */
        static JurisdictionView of(Determination d, Function<String, ListedParty> listed) {
            List<List<StepView>> paths = d.paths().stream().map(p -> p.stream().map(s -> {
                ListedParty party = listed.apply(s.owner());
                return new StepView(s.owner(), s.ownerName(), s.owned(), s.ownedName(),
                        s.share().known() ? ShareView.of(s.share()) : null, s.controls(),
                        party == null ? null : party.id(), party == null ? null : party.primaryName(),
                        s.ownerPrograms());
            }).toList()).toList();
            return new JurisdictionView(d.blocked(), d.aggregateShare(), d.upperBoundWouldBlock(), d.controlled(),
                    d.jurisdiction().rule(), paths, d.cycles(), d.notes());
        }
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
