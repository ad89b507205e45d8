package org.sanctions.registry.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends a measure: a delisting (REVOKED, the default) or a lapse (EXPIRED), with the date and the stated reason. */
@Schema(name = "Revocation", description = "How and when a measure stopped applying")
public record Revocation(
        @Schema(example = "2025-01-15") @NotNull @PlausibleDate LocalDate date,
        @Schema(example = "Delisted by OFAC (Federal Register notice of 2025-01-15)") @NotBlank @Size(max = 2000) String reason,
        @Schema(example = "REVOKED", description = "REVOKED (default) or EXPIRED") MeasureStatus status) {

    public Revocation {
        status = status == null ? MeasureStatus.REVOKED : status;
    }
}
