package org.sanctions.registry.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.CountryCode;

/** An identifying number with its type and issuing country. */
@Schema(description = "An identifying document or number")
public record Identifier(
        @Schema(example = "NATIONAL_ID") @NotNull IdentifierType type,
        @Schema(example = "G0286787") @NotBlank @Size(max = 100) String number,
        @Schema(example = "HK") @CountryCode String country) {
}
