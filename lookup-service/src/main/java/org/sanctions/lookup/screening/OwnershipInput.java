package org.sanctions.lookup.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;

/** The customer's own ownership structure sent with a screening (field names are a contract with client code). */
@Schema(name = "OwnershipStructure", description = "The customer's direct owners and controllers, nested",
        example = "{\"owners\":[{\"name\":\"Oleg Deripaska\",\"kind\":\"PERSON\",\"share\":30},"
                + "{\"name\":\"Acme Holdings Ltd\",\"kind\":\"ORGANIZATION\",\"share\":{\"min\":20,\"max\":30},"
                + "\"owners\":[{\"name\":\"Roman Abramovich\",\"controls\":true}]}]}")
public record OwnershipInput(@NotNull @Size(max = OwnershipScreening.MAX_OWNERS) List<@NotNull @Valid Owner> owners) {

    /** One owner or controller of the customer (or of another owner). */
    @Schema(name = "Owner")
    public record Owner(
            @NotBlank @Size(max = 500) String name,
            Kind kind,
            @Schema(description = "Percent held (0 to 100), or {min,max} when only a range is known; absent: unknown")
            OwnerShare share,
            @Schema(description = "Controls the owned party by other means than shares (board, voting agreement)")
            Boolean controls,
            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String birthDate,
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @Size(max = OwnershipScreening.MAX_OWNERS) List<@NotNull @Valid Owner> owners) {

        /** Whether the owner controls the owned party. */
        public boolean control() {
            return Boolean.TRUE.equals(controls);
        }

        /** The owner's own owners, empty when none. */
        public List<Owner> ownersOrEmpty() {
            return owners == null ? List.of() : owners;
        }
    }
}
