package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;

/** One line of a job's NDJSON results: the input row's outcome and, when it was screened, its matches. */
@Schema(name = "ScreeningJobResultLine", description = "One input row's result")
public record JobResultLine(
        @Schema(description = "Row number in the input file (the CSV header is row 1)") int row,
        @Schema(nullable = true) String ref,
        @Schema(example = "OK") String status,
        @Schema(nullable = true, description = "Why the row could not be screened") String error,
        boolean match,
        @Schema(nullable = true, format = "uuid") String screeningId,
        @Schema(type = SchemaType.ARRAY, implementation = MatchView.class) JsonNode matches) {
}
