package org.sanctions.lookup.jobs;

import java.time.Instant;
import java.util.UUID;

/** A screening job's status and progress. */
public record JobView(UUID jobId, String status, String format, Instant createdAt, Instant updatedAt,
        Instant finishedAt, int rowsProcessed, int rowsMatched, int rowsFailed, Long listVersion, String error,
        String resultsUrl) {
}
