package org.sanctions.registry.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row or entry an import left out, with where it is (line, or the entry's source key) and why. */
@Schema(description = "A rejected row or entry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReject(
        @Schema(example = "sdn.csv") String file,
        @Schema(example = "1207", description = "Line in the file, when the row itself was unreadable") Long line,
        @Schema(example = "US-OFAC/SDN/36", description = "The entry's source key, when the entry was read but refused")
        String entry,
        @Schema(example = "unknown SDN_Type 'ship'") String reason) {
}
