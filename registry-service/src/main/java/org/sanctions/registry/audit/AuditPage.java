package org.sanctions.registry.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit events in seq order; pass {@code nextCursor} as {@code cursor} for the next (null at the end). */
@Schema(name = "AuditPage")
public record AuditPage(List<AuditEventDto> events, @Schema(nullable = true, example = "124") String nextCursor) {
}
