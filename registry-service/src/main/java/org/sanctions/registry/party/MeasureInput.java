package org.sanctions.registry.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Patterns;

/** A new measure on a party; authority defaults to the program's, effectiveDate to listedDate. */
@Schema(name = "MeasureInput", description = "A measure to add to a party")
public record MeasureInput(
        @Schema(example = "HK-EO13936") @NotBlank @Size(max = 64) String program,
        @Schema(example = "ASSET_FREEZE") @NotNull MeasureType type,
        @Schema(example = "US-OFAC")
        @Size(max = 32) @Pattern(regexp = Patterns.AUTHORITY, message = Patterns.AUTHORITY_MESSAGE) String authority,
        @Schema(example = "2020-08-07") @NotNull @PlausibleDate LocalDate listedDate,
        @Schema(example = "2020-08-07") @PlausibleDate LocalDate effectiveDate,
        @Schema(example = "https://www.treasury.gov/ofac/downloads/sdn.csv")
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.URL_MESSAGE) String sourceUrl) {
}
