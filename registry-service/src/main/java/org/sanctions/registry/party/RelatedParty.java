package org.sanctions.registry.party;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Patterns;

/**
 * The other end of a link as its source published it: a name and, when the source gives it, the source's entry
 * (authority, list, id). The registry resolves it to the party claiming that entry, if any; otherwise it stays an
 * unresolved reference, kept and reported.
 */
@Schema(description = "The other party of a link as published: its name and the source entry when known")
public record RelatedParty(
        @Schema(example = "HAMAS") @Size(max = 500) String name,
        @Schema(nullable = true, example = "US-OFAC")
        @Size(max = 32) @Pattern(regexp = Patterns.AUTHORITY, message = Patterns.AUTHORITY_MESSAGE) String authority,
        @Schema(nullable = true, example = "SDN") @Size(max = 64) String list,
        @Schema(nullable = true, example = "4695") @Size(max = 128) String sourceId) {

    /** True when the reference names a source entry that a party may claim. */
    public boolean hasEntry() {
        return authority != null && list != null && sourceId != null;
    }
}
