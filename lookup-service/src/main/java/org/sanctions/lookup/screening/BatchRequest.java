package org.sanctions.lookup.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.MeasureType;

/** A batch of up to 10,000 names screened with the same options. */
@Schema(description = "Screen many names", example = "{\"items\":[{\"ref\":\"c-1\",\"name\":\"Jon Lee Kachiu\"},"
        + "{\"ref\":\"c-2\",\"name\":\"Jane Doe\",\"birthDate\":\"1980-02-01\"}],\"threshold\":0.66}")
public record BatchRequest(
        @NotEmpty @Size(max = 10_000) List<@NotNull @Valid BatchItem> items,
        @Size(max = 100) List<@NotBlank String> programs,
        @Size(max = 100) List<@NotBlank String> authorities,
        @Size(max = 10) List<MeasureType> measureTypes,
        LocalDate asOf,
        @DecimalMin("0") @DecimalMax("1") Double threshold,
        @Min(1) @Max(100) Integer limit) {

    /** The shared options as a single-screening request for one item. */
    ScreeningRequest forItem(BatchItem item) {
        return new ScreeningRequest(item.name(), item.kind(), item.birthDate(), item.nationality(), programs,
                authorities, measureTypes, asOf, threshold, limit);
    }
}
