package org.sanctions.registry.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.Problem;
import org.sanctions.registry.importer.ListFormat;

/** An import job as the API shows it: what was uploaded, by whom and why, where it stands, and its report. */
@Schema(name = "ImportJob", description = "A list import and its report")
public record ImportJobDto(
        @Schema(example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b") UUID id,
        @Schema(example = "SUCCEEDED") ImportState state,
        @Schema(example = "OFAC_SDN_CSV") ListFormat format,
        List<UploadedFile> files,
        @Schema(example = "OFAC SDN list of 2024-05-01") String reason,
        @Schema(example = "2024-05-01", description = "The list's date, used for new listings without a date of their "
                + "own and for revocations: as sent, else the date the file states, else the day the import ran")
        LocalDate listDate,
        Actor actor,
        Instant createdAt,
        @Schema(nullable = true, description = "null while QUEUED") Instant startedAt,
        @Schema(nullable = true, description = "null until SUCCEEDED or FAILED") Instant finishedAt,
        ImportCounts progress,
        @Schema(description = "The first rejected rows (see rejectsTruncated); left out in job lists")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ImportReject> rejects,
        @Schema(description = "True when more rows were rejected than the report keeps") boolean rejectsTruncated,
        @Schema(example = "[\"SDGT\"]", description = "Programs the file referred to that the registry did not have")
        List<String> programsCreated,
        @Schema(description = "Why a FAILED job stopped; nothing of it was applied")
        @JsonInclude(JsonInclude.Include.NON_NULL) Problem problem,
        @Schema(example = "FULL", description = "FULL: entries absent from the file are delisted; ADDITIONS: none are")
        ImportMode mode,
        @Schema(description = "True for a dry run whose delta waits for approval") boolean preview,
        @Schema(example = "0.05", description = "The share of listed entries this import may delist without review")
        double maxDelistShare,
        @Schema(description = "Why the job waits for approval (or came back to it)", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @Schema(description = "The approval or rejection of the job's delta", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) ImportDecision decision) {

    /** The same job without its rejects, for lists. */
    ImportJobDto summary() {
        return new ImportJobDto(id, state, format, files, reason, listDate, actor, createdAt, startedAt, finishedAt,
                progress, null, rejectsTruncated, programsCreated, problem, mode, preview, maxDelistShare, note,
                decision);
    }
}
