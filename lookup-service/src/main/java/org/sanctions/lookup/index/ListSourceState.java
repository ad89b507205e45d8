package org.sanctions.lookup.index;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list state of one source in the index: the file of its last applied import, and what the source is doing. */
@Schema(name = "ScreenedListState", description = "A list the screening used: the source, the SHA-256 of the file "
        + "its last applied import read and when that import was applied")
public record ListSourceState(
        @Schema(example = "ofac-sdn", description = "The registry's list source id, or upload:FORMAT for a file "
                + "uploaded by hand") String source,
        @Schema(example = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50") String fileSha256,
        Instant appliedAt,
        @Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", description = "The registry's import job")
        UUID importId,
        @Schema(example = "APPLIED", description = "What the source did last: APPLIED, or a newer file pending "
                + "(IMPORTING, AWAITING_APPROVAL), refused (REJECTED) or a failing check (FETCH_FAILED)")
        String state) {

    ListSourceState withState(String now) {
        return new ListSourceState(source, fileSha256, appliedAt, importId, now);
    }
}
