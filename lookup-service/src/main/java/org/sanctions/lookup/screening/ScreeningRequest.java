package org.sanctions.lookup.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.MeasureType;

/** A single screening request (field names are a contract with client code). */
@Schema(description = "Screen one name", example = "{\"name\":\"John Lee Ka Chiu\",\"kind\":\"PERSON\",\"birthDate\":\"1957\","
        + "\"nationality\":\"CN\",\"threshold\":0.66,\"limit\":10}")
public record ScreeningRequest(
        @NotBlank @Size(max = 500) String name,
        Kind kind,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String birthDate,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String nationality,
        @Size(max = 100) List<@NotBlank String> programs,
        @Size(max = 100) List<@NotBlank String> authorities,
        @Size(max = 10) List<MeasureType> measureTypes,
        LocalDate asOf,
        @DecimalMin("0") @DecimalMax("1") Double threshold,
        @Min(1) @Max(100) Integer limit,
        @Schema(nullable = true, description = "The customer's owners and controllers, nested; the answer then says"
                + " per jurisdiction whether the customer is blocked through them") @Valid OwnershipInput ownership,
        @Schema(nullable = true, description = "Short form of ownership.owners (issue 17); send one or the other")
        @Size(max = OwnershipScreening.MAX_OWNERS) List<OwnershipInput.@NotNull @Valid Owner> owners) {

    /** A request without an ownership structure. */
    public ScreeningRequest(String name, Kind kind, String birthDate, String nationality, List<String> programs,
            List<String> authorities, List<MeasureType> measureTypes, LocalDate asOf, Double threshold,
            Integer limit) {
        this(name, kind, birthDate, nationality, programs, authorities, measureTypes, asOf, threshold, limit, null,
                null);
    }
}
