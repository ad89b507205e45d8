package org.sanctions.registry.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.importer.ListFormat;

/**
 * What a job was asked to do: the files (spooled under the job's id), their format, the list date, who and why; the
 * mode, whether it is a dry run, the share of delistings it may apply without approval, and for a run after an
 * approval the digest of the delta that was approved and who approved it why (null otherwise).
 */
record ImportRequest(UUID id, ListFormat format, List<UploadedFile> files, String reason, LocalDate listDate,
        Actor actor, ImportMode mode, boolean preview, double maxDelistShare, String approvedDigest, String approval) {

    /** The request as first submitted: not yet previewed or approved. */
    ImportRequest(UUID id, ListFormat format, List<UploadedFile> files, String reason, LocalDate listDate, Actor actor,
            ImportMode mode, boolean preview, double maxDelistShare) {
        this(id, format, files, reason, listDate, actor, mode, preview, maxDelistShare, null, null);
    }

    /** The SHA-256 of the job's files, comma-separated, as provenance records them. */
    String fileSha256() {
        return String.join(",", files.stream().map(UploadedFile::sha256).toList());
    }
}
