package org.sanctions.lookup.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sanctions.lookup.matching.Kind;

/** One name of a batch, with the caller's reference echoed in the result. */
public record BatchItem(
        @Size(max = 200) String ref,
        @NotBlank @Size(max = 500) String name,
        Kind kind,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String birthDate,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String nationality) {
}
