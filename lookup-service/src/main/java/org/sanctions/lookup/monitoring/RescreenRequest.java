package org.sanctions.lookup.monitoring;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank's request to rescreen its whole customer book against the current lists. */
@Schema(name = "CustomerRescreenRequest", example = "{\"reason\":\"Quarterly rescreen after our risk review\"}")
public record RescreenRequest(@Schema(nullable = true, description = "Why, kept with the job") @Size(max = 1000)
        String reason) {
}
