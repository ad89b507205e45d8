package org.sanctions.registry.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party as it appears on the wire: GET responses, the change feed and the export (the contract lookup-service reads). */
@Schema(name = "Party", description = "A sanctioned or restricted subject with its measures")
public record PartyDto(
        @Schema(example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "PERSON") PartyKind kind,
        @Schema(example = "3") long version,
        List<Name> names,
        List<BirthDate> birthDates,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        Gender gender,
        List<String> positions,
        List<Identifier> identifiers,
        List<Address> addresses,
        @Schema(nullable = true) String remarks,
        List<SourceRef> sources,
        List<Relationship> relationships,
        List<MeasureDto> measures,
        Instant createdAt,
        Instant updatedAt) {

    static PartyDto of(PartyEntity e, PartyInput d) {
        return new PartyDto(e.id, d.kind(), e.version, d.names(), d.birthDates(), d.placesOfBirth(), d.nationalities(),
                d.citizenships(), d.gender(), d.positions(), d.identifiers(), d.addresses(), d.remarks(), d.sources(),
                d.relationships(),
                e.measures.stream().map(MeasureDto::of).toList(), e.createdAt, e.updatedAt);
    }
}
