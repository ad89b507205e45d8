package org.sanctions.registry.party;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measure against a party as it appears on the wire. */
@Schema(name = "Measure", description = "An action against a party under a program")
public record MeasureDto(
        @Schema(example = "5b2e0c1a-3d4f-4a5b-8c6d-7e8f9a0b1c2d") UUID id,
        @Schema(example = "HK-EO13936") String program,
        @Schema(example = "ASSET_FREEZE") MeasureType type,
        @Schema(example = "US-OFAC") String authority,
        @Schema(example = "2020-08-07") LocalDate listedDate,
        @Schema(example = "2020-08-07") LocalDate effectiveDate,
        @Schema(example = "ACTIVE") MeasureStatus status,
        @Schema(nullable = true, description = "When the measure stopped applying; null while ACTIVE") LocalDate statusDate,
        @Schema(nullable = true, description = "Why it stopped applying; null while ACTIVE") String statusReason,
        @Schema(example = "https://www.treasury.gov/ofac/downloads/sdn.csv") String sourceUrl) {

    static MeasureDto of(MeasureEntity m) {
        return new MeasureDto(m.id, m.programCode, m.type, m.authority, m.listedDate, m.effectiveDate, m.status,
                m.statusDate, m.statusReason, m.sourceUrl);
    }
}
