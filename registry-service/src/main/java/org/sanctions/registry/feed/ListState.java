package org.sanctions.registry.feed;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list state a source has in the registry at a seq: the file of its last applied import. The snapshot export's
 * header names one per source, so a follower knows the states without reading the feed from the start.
 */
@Schema(name = "ListState", description = "The last applied import of a list source (or of uploads of a format)")
public record ListState(
        @Schema(example = "ofac-sdn", description = "List source id, or upload:FORMAT for uploaded files") String source,
        @Schema(example = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50") String fileSha256,
        Instant appliedAt,
        @Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID importId) {
}
