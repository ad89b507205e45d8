package org.sanctions.registry.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Patterns;

/** Where an entry comes from: authority, its list, the list's own id for it, and a link. Unique across parties. */
@Schema(description = "A reference to the source list entry")
public record SourceRef(
        @Schema(example = "US-OFAC")
        @NotBlank @Size(max = 32) @Pattern(regexp = Patterns.AUTHORITY, message = Patterns.AUTHORITY_MESSAGE) String authority,
        @Schema(example = "SDN") @NotBlank @Size(max = 64) String list,
        @Schema(example = "29250") @NotBlank @Size(max = 128) String sourceId,
        @Schema(nullable = true, example = "https://www.treasury.gov/ofac/downloads/sdn.csv")
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.URL_MESSAGE) String url) {
}
