package org.sanctions.registry.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Events after a cursor; {@code lastSeq} is the highest seq returned, or the cursor itself when there is none. */
@Schema(name = "ChangePage")
public record ChangePage(List<FeedEvent> events, @Schema(example = "130") long lastSeq) {
}
