package org.sanctions.registry.imports;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on an import's delta: who, when, why. */
@Schema(name = "ImportDecision", description = "The approval or rejection of an import's delta by a second person")
public record ImportDecision(
        @Schema(example = "APPROVED", enumeration = {"APPROVED", "REJECTED"}) String decision,
        @Schema(example = "0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f") String subject,
        @Schema(example = "editor2") String username,
        Instant at,
        @Schema(example = "Checked the 12 delistings against the OFAC recent actions page") String reason) {
}
