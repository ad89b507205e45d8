package org.sanctions.lookup.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer upload's state and progress, with the first rejected lines. */
@Schema(name = "CustomerUpload")
public record CustomerUploadView(UUID uploadId, @Schema(example = "RUNNING") String state,
        @Schema(example = "CSV") String format, Instant createdAt, Instant updatedAt, Progress progress,
        @Schema(description = "Rejected lines in line order, at most lookup.monitoring.upload-rejection-limit")
        List<Rejection> rejections,
        @Schema(description = "More lines were rejected than are listed") boolean rejectionsTruncated,
        @Schema(nullable = true) String error) {

    /** Rows read so far and what each did. */
    @Schema(name = "CustomerUploadProgress")
    public record Progress(int rowsRead, int created, int changed, int unchanged, int rejected) {
    }

    /** One rejected line: its number in the file (1 is the first line, a CSV header included) and why. */
    @Schema(name = "CustomerUploadRejection")
    public record Rejection(int line, @Schema(nullable = true) String field, String message) {
    }
}
