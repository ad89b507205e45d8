package org.sanctions.registry.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One uploaded file of an import as received: the client's file name, its size and its SHA-256. */
@Schema(description = "A file of an import as uploaded")
public record UploadedFile(
        @Schema(example = "sdn.csv") String name,
        @Schema(example = "3909739") long size,
        @Schema(example = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50") String sha256) {
}
