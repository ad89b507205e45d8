package org.sanctions.lookup.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;

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
        @Size(max = 50) Map<String, Object> reference) {
}
