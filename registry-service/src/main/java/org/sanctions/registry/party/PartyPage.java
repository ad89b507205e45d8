package org.sanctions.registry.party;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of parties; pass {@code nextCursor} as {@code cursor} to get the next one (null on the last page). */
@Schema(name = "PartyPage", description = "A page of parties in creation order")
public record PartyPage(List<PartyDto> items,
        @Schema(nullable = true, description = "Cursor of the next page, null when this is the last", example = "MTU5Njc2NjQwMDAwMDAwMDo5YTFj")
        String nextCursor) {
}
