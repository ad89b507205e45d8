package org.sanctions.registry.importer.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.sanctions.registry.importer.BirthDates;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.JsonLines;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;

/** Builds one party from a FtM subject line and the Sanction, Passport and Address lines that point at it. */
final class FtmEntity {

    static final String AUTHORITY = "OPENSANCTIONS";
    static final String LIST = "FTM";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map.Entry<String, ImportedIdentifier.Type>> IDENTIFIERS = List.of(
            Map.entry("passportNumber", ImportedIdentifier.Type.PASSPORT),
            Map.entry("idNumber", ImportedIdentifier.Type.NATIONAL_ID),
            Map.entry("taxNumber", ImportedIdentifier.Type.TAX_ID),
            Map.entry("innCode", ImportedIdentifier.Type.TAX_ID),
            Map.entry("vatCode", ImportedIdentifier.Type.TAX_ID),
            Map.entry("registrationNumber", ImportedIdentifier.Type.REGISTRATION),
            Map.entry("ogrnCode", ImportedIdentifier.Type.REGISTRATION),
            Map.entry("leiCode", ImportedIdentifier.Type.OTHER),
            Map.entry("swiftBic", ImportedIdentifier.Type.OTHER),
            Map.entry("imoNumber", ImportedIdentifier.Type.IMO),
            Map.entry("mmsi", ImportedIdentifier.Type.MMSI));

    private final String fileName;
    private final ParseRun run;
    private final FtmLinks links;

    FtmEntity(String fileName, ParseRun run, FtmLinks links) {
        this.fileName = fileName;
        this.run = run;
        this.links = links;
    }

    void assemble(List<List<String>> rows) {
        List<List<String>> subjects = rows.stream().filter(r -> r.get(0).equals(FtmParser.PARTY)).toList();
        if (subjects.isEmpty()) {
            return; // sanctions or addresses of an entity that is not a sanctioned subject in this file
        }
        List<String> subject = subjects.get(0);
        subjects.stream().skip(1).forEach(r -> run.reject(fileName, Long.parseLong(r.get(1)),
                "duplicate entity id (first at line " + subject.get(1) + ")"));
        JsonNode entity = parse(subject.get(2));
        String id = entity.path("id").asText();
        PartyBuilder party = new PartyBuilder(new SourceRef(AUTHORITY, LIST, id,
                "https://www.opensanctions.org/entities/" + id + "/"), kind(entity.path("schema").asText()));
        party.name(entity.path("caption").asText(null), ImportedName.Type.PRIMARY);
        properties(entity.path("properties"), party);
        for (List<String> row : rows) {
            JsonNode properties = row.get(0).equals(FtmParser.PARTY) ? null : parse(row.get(2)).path("properties");
            switch (row.get(0)) {
                case FtmParser.SANCTION -> FtmSanctions.measure(properties, party, run);
                case FtmParser.DOCUMENT -> identifiers(properties, party, first(properties, "country"));
                case FtmParser.ADDRESS -> address(properties, party);
                case FtmParser.LINK -> links.add(id, row.get(3), parse(row.get(2)), party);
                default -> { }
            }
        }
        run.emit(party, fileName, Long.parseLong(subject.get(1)));
    }

    private static void properties(JsonNode p, PartyBuilder party) {
        JsonLines.strings(p, "name").forEach(n -> party.name(n, ImportedName.Type.AKA));
        JsonLines.strings(p, "alias").forEach(n -> party.name(n, ImportedName.Type.AKA));
        JsonLines.strings(p, "abbreviation").forEach(n -> party.name(n, ImportedName.Type.AKA));
        JsonLines.strings(p, "weakAlias").forEach(n -> party.name(n, ImportedName.Type.WEAK_AKA));
        JsonLines.strings(p, "previousName").forEach(n -> party.name(n, ImportedName.Type.FKA));
        JsonLines.strings(p, "birthDate").forEach(d -> party.birthDate(BirthDates.parse(d)));
        JsonLines.strings(p, "birthPlace").forEach(party::placeOfBirth);
        JsonLines.strings(p, "nationality").forEach(party::nationality);
        JsonLines.strings(p, "citizenship").forEach(party::citizenship);
        JsonLines.strings(p, "flag").forEach(party::nationality);
        JsonLines.strings(p, "gender").forEach(g -> party.gender(g.equalsIgnoreCase("female")
                ? ImportedParty.Gender.FEMALE : g.equalsIgnoreCase("male") ? ImportedParty.Gender.MALE : null));
        JsonLines.strings(p, "position").forEach(party::position);
        JsonLines.strings(p, "title").forEach(party::position);
        JsonLines.strings(p, "address").forEach(a -> party.address(a, null, null, null, null));
        identifiers(p, party, null); // a subject's "country" is where it is based, not who issued its numbers
        List<String> notes = JsonLines.strings(p, "notes");
        party.remarks(notes.isEmpty() ? null : String.join("; ", notes));
    }

    private static void identifiers(JsonNode p, PartyBuilder party, String country) {
        IDENTIFIERS.forEach(id -> JsonLines.strings(p, id.getKey())
                .forEach(number -> party.identifier(id.getValue(), number, country)));
        JsonLines.strings(p, "number").forEach(n -> party.identifier(ImportedIdentifier.Type.PASSPORT, n, country));
    }

    private static void address(JsonNode p, PartyBuilder party) {
        String street = first(p, "street");
        party.address(street != null ? street : first(p, "full"), first(p, "city"), first(p, "region"),
                first(p, "postalCode"), first(p, "country"));
    }

    private static String first(JsonNode p, String property) {
        List<String> values = JsonLines.strings(p, property);
        return values.isEmpty() ? null : values.get(0);
    }

    private static ImportedParty.Kind kind(String schema) {
        return switch (schema) {
            case "Person" -> ImportedParty.Kind.PERSON;
            case "Vessel" -> ImportedParty.Kind.VESSEL;
            case "Airplane" -> ImportedParty.Kind.AIRCRAFT;
            default -> ImportedParty.Kind.ORGANIZATION;
        };
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a line stored by the parser does not read back", e);
        }
    }
}
