package org.sanctions.registry.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.party.RelatedParty;
import org.sanctions.registry.party.RelationshipType;
import org.sanctions.registry.party.ValueProvenanceDto.AssertedBy;

/** One link of a party as the relationships view shows it: the other party, resolved when the registry has it. */
@Schema(name = "PartyLink", description = "A link between the party asked about and another party")
public record PartyLink(
        @Schema(description = "Identifies the link within the party that asserts it (DELETE .../relationships/{key})",
                example = "5f0c8a1e...") String key,
        @Schema(example = "OWNS") RelationshipType type,
        @Schema(description = "The party whose record states the link") UUID assertedBy,
        @Schema(nullable = true, description = "The other party's id; null when it is not resolved") UUID partyId,
        @Schema(nullable = true, example = "HAMAS", description = "The other party's primary name, or the name as "
                + "published when unresolved") String name,
        @Schema(nullable = true, description = "The other party as the source published it") RelatedParty reference,
        @Schema(description = "True when the other party is in the registry") boolean resolved,
        @Schema(nullable = true, example = "50") BigDecimal share,
        @Schema(nullable = true) BigDecimal shareMin,
        @Schema(nullable = true) BigDecimal shareMax,
        @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true, example = "Owned or Controlled By") String remarks,
        @Schema(description = "Who asserts the link: lists (with import and file hash) and people (with reason)")
        List<AssertedBy> sources) {
}
