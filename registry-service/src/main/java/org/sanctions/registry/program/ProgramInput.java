package org.sanctions.registry.program;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.Patterns;

/** What a client sends to create or replace a program; {@code version} from a previous read is ignored. */
@Schema(name = "ProgramInput", description = "A program as written by a registry editor")
@JsonIgnoreProperties(value = "version", allowGetters = false)
public record ProgramInput(
        @Schema(example = "HK-EO13936", description = "Immutable code; on PUT it may be omitted or must equal the path")
        @Pattern(regexp = Patterns.PROGRAM_CODE, message = "must be 1-64 upper-case letters, digits, '.', '_' or '-'")
        String code,
        @Schema(example = "Hong Kong Normalization (EO 13936) / Hong Kong Autonomy Act")
        @NotBlank @Size(max = 300) String name,
        @Schema(example = "US-OFAC")
        @NotBlank @Size(max = 32) @Pattern(regexp = Patterns.AUTHORITY, message = Patterns.AUTHORITY_MESSAGE) String authority,
        @Schema(example = "Executive Order 13936 of July 14, 2020; Hong Kong Autonomy Act of 2020 (Public Law 116-149)")
        @Size(max = 1000) String legalBasis,
        @Schema(example = "Blocking of property of persons undermining Hong Kong's autonomy.")
        @Size(max = 4000) String description,
        @Schema(nullable = true, example = "https://ofac.treasury.gov/sanctions-programs-and-country-information")
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.URL_MESSAGE) String url,
        @Schema(nullable = true, description = "Date the program stopped taking new measures; null while it is in force")
        LocalDate retiredOn) {
}
