package org.sanctions.registry.imports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an upload as the OpenAPI document describes it (the resource reads the parts itself). */
@Schema(name = "ImportUpload", description = "A list file (or the files of one set) with what to record about it")
record ImportUploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "A file of the list; repeat "
                + "the part for a set (sdn.csv with alt.csv, add.csv, sdn_comments.csv; cons_*.csv). A zip archive "
                + "is opened, gzip undone.") String file,
        @Schema(example = "OFAC_SDN_CSV", description = "The list format; detected from the content when left out. A "
                + "format the content contradicts is refused (415).") String format,
        @Schema(required = true, example = "OFAC SDN list as published 2024-05-01", description = "Why this list is "
                + "imported (1-1000 characters); recorded with every change, with the files' names and SHA-256")
        String reason,
        @Schema(example = "2024-05-01", description = "The list's date (yyyy-MM-dd) for new listings without a date and "
                + "for revocations; default: the date the file states, else today") String listDate,
        @Schema(example = "FULL", enumeration = {"FULL", "ADDITIONS"}, description = "FULL (default): the file is the"
                + " whole list, and entries it lacks are delisted; ADDITIONS: it adds and changes entries only")
        String mode,
        @Schema(example = "true", enumeration = {"true", "false"}, description = "true: a dry run; the job computes the"
                + " delta, applies nothing and waits in AWAITING_APPROVAL for another person's approval") String preview) {
}
