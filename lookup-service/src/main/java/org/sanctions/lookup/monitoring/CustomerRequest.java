package org.sanctions.lookup.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.OwnershipInput;
import org.sanctions.lookup.screening.OwnershipScreening;

/** A customer as a bank sends it; {@code reference} is returned as given and never matched. */
@Schema(description = "A customer of the calling bank", example = "{\"name\":\"John Lee Ka Chiu\",\"kind\":\"PERSON\","
        + "\"birthDate\":\"1957\",\"nationality\":\"CN\",\"otherNames\":[\"Lee Ka-chiu\"],"
        + "\"reference\":{\"branch\":\"HK-01\"}}")
public record CustomerRequest(
        @NotBlank @Size(max = 500) String name,
        Kind kind,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String birthDate,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String nationality,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> otherNames,
        @Size(max = 50) Map<String, Object> reference,
        @Schema(nullable = true, description = "The customer's owners and controllers, nested (the same shape and "
                + "bounds as a screening's owners): each is screened, and when they block the customer under the "
                + "US, EU or UK rule the bank gets an OWNERSHIP alert")
        @Size(max = OwnershipScreening.MAX_OWNERS) List<OwnershipInput.@NotNull @Valid Owner> owners) {

    /** A customer without owners. */
    public CustomerRequest(String name, Kind kind, String birthDate, String nationality, List<String> otherNames,
            Map<String, Object> reference) {
        this(name, kind, birthDate, nationality, otherNames, reference, null);
    }
}
