package org.sanctions.registry.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a party with who asserts it. */
@Schema(name = "ValueProvenance", description = "A value of a party (a name, a birth date, ...) and who asserts it")
public record ValueProvenanceDto(
        @Schema(example = "names", description = "The party's field: names, birthDates, placesOfBirth, nationalities, "
                + "citizenships, positions, identifiers, addresses, sources, kind, gender or remarks") String field,
        @Schema(type = SchemaType.OBJECT, description = "The value as in the party document (a string for string "
                + "fields)", example = "{\"fullName\": \"LAM CHENG, Yuet-ngor\", \"type\": \"AKA\"}") JsonNode value,
        @Schema(description = "Who asserts it; empty for a value recorded before provenance was kept")
        List<AssertedBy> assertedBy) {

    /** One assertion: a list (with the import and its files) or a person (with the change reason). */
    @Schema(name = "AssertedBy", description = "A list or a person that asserts a value")
    public record AssertedBy(
            @Schema(example = "PERSON", enumeration = {"LIST", "PERSON"}) String kind,
            @Schema(example = "US-OFAC/SDN", description = "The list (authority/list), or the person's token subject")
            String asserter,
            @Schema(example = "editor", nullable = true) String username,
            @Schema(nullable = true, description = "The import job that asserted it (lists)") UUID importId,
            @Schema(nullable = true, description = "SHA-256 of the import's files, comma-separated (lists)")
            String fileSha256,
            @Schema(example = "Aliases from the US announcement of 2020-08-07") String reason,
            Instant at) {

        public static AssertedBy of(ValueProvenance.Assertion a) {
            return new AssertedBy(a.kind(), a.asserter(), a.username(), a.jobId(), a.fileSha256(), a.reason(), a.at());
        }
    }
}
