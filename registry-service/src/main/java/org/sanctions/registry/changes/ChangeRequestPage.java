package org.sanctions.registry.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of change requests, oldest first; pass {@code nextCursor} as {@code cursor} for the next one. */
@Schema(name = "ChangeRequestPage", description = "A page of change requests in creation order")
public record ChangeRequestPage(List<ChangeRequestDto> items,
        @Schema(nullable = true, description = "Cursor of the next page, null when this is the last",
                example = "3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d") String nextCursor) {
}
