package org.sanctions.registry.relationship;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The links of a party both ways: {@code outgoing} where it is the source side (what it owns, controls, directs, acts
 * for...), {@code incoming} where the other party is (its owners, controllers, directors...), whichever record states
 * them.
 */
@Schema(name = "PartyRelationships", description = "A party's links to other parties, both directions")
public record PartyRelationships(
        UUID partyId,
        @Schema(example = "3", description = "The party's version (also the ETag)") long version,
        List<PartyLink> outgoing,
        List<PartyLink> incoming) {
}
