package org.sanctions.lookup.jobs;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A screening job's status and progress. */
@Schema(name = "ScreeningJob")
public record JobView(UUID jobId, @Schema(example = "RUNNING") String status, @Schema(example = "CSV") String format,
        Instant createdAt, Instant updatedAt,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date-time") Instant finishedAt,
        int rowsProcessed, int rowsMatched, int rowsFailed, @Schema(nullable = true) Long listVersion,
        @Schema(nullable = true) String error, String resultsUrl) {
}
