package org.sanctions.registry.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person's part in a change request: who, why and when (the maker's request, or the checker's decision). */
@Schema(name = "ChangeSignature", description = "Who made or decided a change request, when and why")
public record ChangeSignature(
        @Schema(example = "0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f") String subject,
        @Schema(example = "editor") String username,
        @Schema(example = "Position per the Federal Register notice of 2024-03-31", nullable = true) String reason,
        Instant at) {
}
