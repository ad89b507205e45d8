package org.sanctions.registry.party;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A birth date as precise as the source states it: one partial date ({@code date}: yyyy, yyyy-MM or yyyy-MM-dd), or
 * a range ({@code from}..{@code to}), optionally approximate ({@code circa}).
 */
@Schema(description = "A full or partial birth date, or a range")
@JsonInclude(JsonInclude.Include.NON_NULL)
@PartyRules.ValidBirthDate
public record BirthDate(
        @Schema(example = "1957-12-07", description = "yyyy, yyyy-MM or yyyy-MM-dd") String date,
        @Schema(example = "1952-12-01", description = "start of a range") String from,
        @Schema(example = "1952-12-31", description = "end of a range") String to,
        @Schema(example = "false", description = "approximate (c.); false when omitted") Boolean circa) {

    public BirthDate {
        circa = Boolean.TRUE.equals(circa);
    }
}
