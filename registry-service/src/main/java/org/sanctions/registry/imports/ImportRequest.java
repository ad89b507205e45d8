package org.sanctions.registry.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.importer.ListFormat;

/** What a job was asked to do: the files (spooled under the job's id), their format, the list date, who and why. */
record ImportRequest(UUID id, ListFormat format, List<UploadedFile> files, String reason, LocalDate listDate,
        Actor actor) {
}
