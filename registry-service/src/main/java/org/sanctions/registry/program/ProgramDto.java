package org.sanctions.registry.program;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Program as it appears on the wire (GET responses, change feed, export). */
@Schema(name = "Program", description = "A legal basis under which measures are taken")
public record ProgramDto(
        @Schema(example = "HK-EO13936") String code,
        @Schema(example = "Hong Kong Normalization (EO 13936) / Hong Kong Autonomy Act") String name,
        @Schema(example = "US-OFAC") String authority,
        @Schema(example = "Executive Order 13936 of July 14, 2020") String legalBasis,
        @Schema(example = "Blocking of property of persons undermining Hong Kong's autonomy.") String description,
        @Schema(example = "https://ofac.treasury.gov/sanctions-programs-and-country-information") String url,
        @Schema(nullable = true, description = "Date the program was retired, or null") LocalDate retiredOn,
        @Schema(example = "1") long version) {

    static ProgramDto of(ProgramEntity e) {
        return new ProgramDto(e.code, e.name, e.authority, e.legalBasis, e.description, e.url, e.retiredOn, e.version);
    }
}
