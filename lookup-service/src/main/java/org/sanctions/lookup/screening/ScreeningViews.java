package org.sanctions.lookup.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.ListSourceState;
import org.sanctions.lookup.matching.Explanation;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.OwnershipViews.PartyOwnershipView;

/** Response records of the screening API (field names are a contract with client code). */
public final class ScreeningViews {

    private ScreeningViews() {
    }

    /** Answer to a single screening. */
    @Schema(name = "ScreeningResponse")
    public record ScreeningResponse(UUID screeningId, long listVersion, Instant screenedAt, double threshold,
            List<MatchView> matches, IndexStatus index,
            @Schema(description = "The lists screened against: per list source, the file of its last applied "
                    + "import (SHA-256) and when it was applied") List<ListSourceState> sources,
            @Schema(example = "lookup-0.1.0-SNAPSHOT", description = "Engine that screened, as on alerts")
            String engineVersion,
            @Schema(example = "3f2a9c01b7d4e6a8", description = "Hash of the engine's weights and word lists")
            String configHash,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                    description = "Present when the request carried owners: blocked through them, per jurisdiction")
            OwnershipView ownership) {
    }

    /** One ranked match. */
    @Schema(name = "ScreeningMatch")
    public record MatchView(String partyId, double score, boolean match, String matchedName, String primaryName,
            Kind kind, List<SourceView> sources, List<MeasureView> measures, Explanation explanation,
            @Schema(description = "Who owns or controls the matched party, as the registry's links state them (the "
                    + "party's own links and its owners'), each with the owner's measures in force: a hit on a "
                    + "company shows the listed persons behind it. Empty when no link is known")
            List<ControllerView> owners,
            @Schema(nullable = true, description = "Present when somebody owns or controls the matched party: the "
                    + "ownership rule applied to the registry's links, per jurisdiction, saying whether its listed "
                    + "owners or controllers alone block it (its own listing left out). A party on no list itself is "
                    + "matched when they do; its measures then say so (derived)")
            PartyOwnershipView ownership,
            @Schema(description = "The matched party's other links, both directions, as the registry's links state "
                    + "them: what it owns or controls (OUTGOING OWNS/CONTROLS) and every director/officer, acts-for, "
                    + "linked-to and family link; its owners and controllers are in owners, not here. Listed other "
                    + "parties first, at most " + MAX_LINKS + " (linksTruncated says when more are known). Empty when "
                    + "no such link is known")
            List<LinkView> links,
            @Schema(description = "More links are known than the " + MAX_LINKS + " shown")
            boolean linksTruncated) {

        /** The most links a match shows: SDN "Linked To" lists can be long. */
        public static final int MAX_LINKS = 50;

        /** The match without its owners and links (alerts and owner explanations, which do not show them). */
        public static MatchView of(Match m) {
            return of(m, List.of(), null, List.of(), false);
        }

        public static MatchView of(Match m, List<ControllerView> owners, PartyOwnershipView ownership,
                List<LinkView> links, boolean linksTruncated) {
            return new MatchView(m.party().id(), m.score(), m.match(), m.matchedName(), m.party().primaryName(),
                    m.party().kind(), m.party().sources().stream()
                            .map(s -> new SourceView(s.authority(), s.list(), s.sourceId())).toList(),
                    m.measures().stream().map(MeasureView::of).toList(), m.explanation(), owners, ownership, links,
                    linksTruncated);
        }
    }

    /** A link of a matched party other than its owners and controllers. */
    @Schema(name = "MatchLink")
    public record LinkView(
            @Schema(example = "DIRECTOR_OF", description = "OWNS, CONTROLS, DIRECTOR_OF, ACTS_FOR, LINKED_TO or "
                    + "FAMILY_MEMBER, read from the source side to the target side") String type,
            @Schema(enumeration = {"OUTGOING", "INCOMING"}, description = "OUTGOING: the matched party is the source "
                    + "(it is DIRECTOR_OF the other party, it OWNS it); INCOMING: the other party is the source")
            String direction,
            @Schema(nullable = true, description = "The other party in the registry; null when the list only names it")
            String partyId,
            @Schema(nullable = true, example = "BANK ROSSIYA", description = "The other party's primary name, or the "
                    + "name the list gives it") String name,
            @Schema(nullable = true, example = "50") BigDecimal share,
            @Schema(nullable = true) BigDecimal shareMin, @Schema(nullable = true) BigDecimal shareMax,
            @Schema(description = "The other party is in the registry with a measure in force today") boolean listed,
            @Schema(description = "The other party's measures in force") List<MeasureView> measures) {
    }

    /** An owner or controller of a matched party. */
    @Schema(name = "MatchOwner")
    public record ControllerView(
            @Schema(nullable = true, description = "The owner in the registry; null when the list only names it")
            String partyId,
            @Schema(example = "DERIPASKA, Oleg Vladimirovich") String name,
            @Schema(example = "OWNS", description = "OWNS (with the share when known) or CONTROLS") String relationship,
            @Schema(nullable = true, example = "50") BigDecimal share,
            @Schema(nullable = true) BigDecimal shareMin, @Schema(nullable = true) BigDecimal shareMax,
            @Schema(description = "The owner is in the registry with a measure in force today") boolean listed,
            @Schema(description = "The owner's measures in force") List<MeasureView> measures) {
    }

    /** Where a listing comes from. */
    @Schema(name = "ListingSource")
    public record SourceView(String authority, String list, String sourceId) {
    }

    /** A measure the screening was run against. */
    @Schema(name = "ScreeningMeasure")
    public record MeasureView(String program, MeasureType type, String authority, MeasureStatus status,
            @Schema(description = "Not a listing of the party itself: the block that its listed owners or controllers "
                    + "extend to it under the ownership rule (program and authority are the owner's)")
            boolean derived) {

        public MeasureView(String program, MeasureType type, String authority, MeasureStatus status) {
            this(program, type, authority, status, false);
        }

        static MeasureView of(Measure m) {
            return new MeasureView(m.program(), m.type(), m.authority(),
                    m.status() == null ? MeasureStatus.ACTIVE : m.status(), m.derived());
        }
    }

    /** How current the index is: every answer says it, so a stale answer is never mistaken for a fresh one. */
    @Schema(name = "IndexStatus")
    public record IndexStatus(@Schema(nullable = true, type = SchemaType.STRING, format = "date-time") Instant syncedAt,
            long secondsSinceSync, boolean stale) {

        static IndexStatus of(IndexState state) {
            return new IndexStatus(state.syncedAt(), state.secondsSinceSync(), state.stale());
        }
    }

    /** Answer to a batch. */
    @Schema(name = "BatchScreeningResponse")
    public record BatchResponse(UUID batchId, long listVersion, Instant screenedAt, double threshold,
            List<BatchResult> results, IndexStatus index,
            @Schema(description = "The lists screened against: per list source, the file of its last applied "
                    + "import (SHA-256) and when it was applied") List<ListSourceState> sources,
            @Schema(example = "lookup-0.1.0-SNAPSHOT") String engineVersion,
            @Schema(example = "3f2a9c01b7d4e6a8") String configHash) {
    }

    /** One item's result in a batch (also one NDJSON line when streaming). */
    @Schema(name = "BatchScreeningResult")
    public record BatchResult(@Schema(nullable = true) String ref, UUID screeningId, List<MatchView> matches) {
    }
}
