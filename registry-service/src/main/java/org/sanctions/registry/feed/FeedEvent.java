package org.sanctions.registry.feed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.program.ProgramDto;

/** One change in the feed, with the full state after it: a party, or a program (the other is null). */
@Schema(name = "ChangeEvent")
public record FeedEvent(
        @Schema(example = "124") long seq,
        Instant time,
        @Schema(example = "MEASURE_REVOKED") String action,
        @Schema(example = "PARTY") String entityType,
        @Schema(example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f") String entityId,
        @Schema(example = "3") long version,
        @Schema(nullable = true, description = "The party after the change; null for a program change") PartyDto party,
        @Schema(nullable = true, description = "The program after the change; null for a party change")
        ProgramDto program) {
}
