package org.sanctions.registry.sources;

import java.time.Instant;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.imports.ImportMode;

/**
 * A list source as the audit chain and the change feed record it: its settings, its state, and for a fetch the file
 * (SHA-256, size, HTTP validators) or the error.
 */
@Schema(name = "ListSourceEvent", description = "A list source as a SOURCE_* event records it: settings, state, and "
        + "the file a fetch found or the error it met")
public record SourceEvent(
        @Schema(example = "ofac-sdn") String id,
        @Schema(example = "OFAC_SDN_CSV") ListFormat format,
        @Schema(example = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV")
        String url,
        @Schema(nullable = true, example = "PT1H") String every,
        @Schema(example = "REVIEW") SourcePolicy policy,
        @Schema(example = "FULL") ImportMode mode,
        @Schema(example = "0.05") double maxDelistShare,
        @Schema(example = "PT24H") String sla,
        @Schema(example = "IMPORTING") SourceState state,
        @Schema(nullable = true, description = "SHA-256 of the file fetched (SOURCE_FETCHED) or of the last new file",
                example = "5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50") String fileSha256,
        @Schema(nullable = true, description = "Size in bytes of the file fetched (SOURCE_FETCHED only)",
                example = "3909739") Long fileSize,
        @Schema(nullable = true, description = "ETag the publisher sent with the file") String etag,
        @Schema(nullable = true, description = "Last-Modified the publisher sent with the file") String lastModified,
        @Schema(nullable = true, description = "When the file was fetched (SOURCE_FETCHED only)") Instant fetchedAt,
        @Schema(nullable = true, description = "Why the fetch failed (SOURCE_FETCH_FAILED only)") String error) {

    /** The source's settings and state, without a fetch. */
    static SourceEvent settings(ListSourceEntity s) {
        return new SourceEvent(s.id, s.format, s.url, s.every, s.policy, s.mode, s.maxDelistShare, s.sla, s.state,
                s.fileSha256, null, null, null, null, null);
    }

    /** The source having fetched a new file. */
    static SourceEvent fetched(ListSourceEntity s, Download d, Instant at) {
        return new SourceEvent(s.id, s.format, s.url, s.every, s.policy, s.mode, s.maxDelistShare, s.sla,
                SourceState.IMPORTING, d.sha256(), d.size(), d.etag(), d.lastModified(), at, null);
    }

    /** The source whose check failed. */
    static SourceEvent failed(ListSourceEntity s, String error) {
        return new SourceEvent(s.id, s.format, s.url, s.every, s.policy, s.mode, s.maxDelistShare, s.sla,
                SourceState.FETCH_FAILED, s.fileSha256, null, null, null, null, error);
    }

    /** The same settings (what a PUT may change), whatever the state. */
    boolean sameSettings(SourceEvent o) {
        return Objects.equals(format, o.format) && Objects.equals(url, o.url)
                && Objects.equals(every, o.every) && policy == o.policy && mode == o.mode
                && maxDelistShare == o.maxDelistShare && Objects.equals(sla, o.sla);
    }
}
