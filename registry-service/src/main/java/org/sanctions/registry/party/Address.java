package org.sanctions.registry.party;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.CountryCode;

/** A postal address as far as the source states it. */
@Schema(description = "An address; any part may be missing but not all")
public record Address(
        @Schema(example = "1 Arsenal Street") @Size(max = 300) String street,
        @Schema(example = "Hong Kong") @Size(max = 200) String city,
        @Schema(example = "Kowloon") @Size(max = 200) String region,
        @Schema(example = "510623") @Size(max = 40) String postalCode,
        @Schema(example = "HK") @CountryCode String country) {

    boolean isEmpty() {
        return street == null && city == null && region == null && postalCode == null && country == null;
    }
}
