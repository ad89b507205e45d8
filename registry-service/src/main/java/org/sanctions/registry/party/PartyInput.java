package org.sanctions.registry.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.CountryCode;

/**
 * The writable part of a party: what POST and PUT carry and what PATCH merges into. Read-only members of a party
 * read earlier (id, version, measures, timestamps) are accepted and ignored, so a client can PUT back what it GETs.
 * This is also the document stored for the party.
 */
@Schema(name = "PartyInput", description = "A party as written by an editor or an importer")
@JsonIgnoreProperties(value = {"id", "version", "measures", "createdAt", "updatedAt"}, allowSetters = false)
@PartyRules.ValidParty
public record PartyInput(
        @Schema(example = "PERSON") @NotNull PartyKind kind,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Name> names,
        @Size(max = 50) List<@NotNull @Valid BirthDate> birthDates,
        @Schema(example = "[\"Hong Kong\"]") @Size(max = 50) List<@NotBlank @Size(max = 300) String> placesOfBirth,
        @Schema(example = "[\"HK\"]") @Size(max = 30) List<@NotNull @CountryCode String> nationalities,
        @Schema(example = "[\"CN\"]") @Size(max = 30) List<@NotNull @CountryCode String> citizenships,
        @Schema(example = "MALE") Gender gender,
        @Schema(example = "[\"Chief Executive of the Hong Kong Special Administrative Region\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> positions,
        @Size(max = 100) List<@NotNull @Valid Identifier> identifiers,
        @Size(max = 100) List<@NotNull @Valid Address> addresses,
        @Schema(nullable = true, example = "Secretary for Security at designation.") @Size(max = 4000) String remarks,
        @Size(max = 50) List<@NotNull @Valid SourceRef> sources,
        @Schema(description = "Links this party asserts to other parties (owners, holdings, directors, family...)")
        @Size(max = 500) List<@NotNull @Valid Relationship> relationships) {

    /** A party without links. */
    public PartyInput(PartyKind kind, List<Name> names, List<BirthDate> birthDates, List<String> placesOfBirth,
            List<String> nationalities, List<String> citizenships, Gender gender, List<String> positions,
            List<Identifier> identifiers, List<Address> addresses, String remarks, List<SourceRef> sources) {
        this(kind, names, birthDates, placesOfBirth, nationalities, citizenships, gender, positions, identifiers,
                addresses, remarks, sources, List.of());
    }

    /** The same party with these links instead of its own. */
    public PartyInput withRelationships(List<Relationship> links) {
        return new PartyInput(kind, names, birthDates, placesOfBirth, nationalities, citizenships, gender, positions,
                identifiers, addresses, remarks, sources, links);
    }

    public PartyInput {
        names = listOf(names);
        birthDates = listOf(birthDates);
        placesOfBirth = listOf(placesOfBirth);
        nationalities = listOf(nationalities);
        citizenships = listOf(citizenships);
        positions = listOf(positions);
        identifiers = listOf(identifiers);
        addresses = listOf(addresses);
        sources = listOf(sources);
        relationships = listOf(relationships);
    }

    /** Copies allowing null elements, which validation then reports with their index. */
    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
