package org.sanctions.registry.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One name of a party, kept in its original script; script is ISO 15924, language a BCP 47 tag. */
@Schema(description = "A name in its original script")
public record Name(
        @Schema(example = "LEE, John Ka-chiu") @NotBlank @Size(max = 500) String fullName,
        @Schema(example = "PRIMARY") @NotNull NameType type,
        @Schema(nullable = true, example = "Latn", description = "ISO 15924 script code")
        @Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as Latn, Hani, Hant, Cyrl, Arab")
        String script,
        @Schema(nullable = true, example = "en", description = "BCP 47 language tag")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}", message = "must be a BCP 47 language tag such as en, zh, zh-Hant")
        String language) {
}
