package org.sanctions.registry.importer.ftm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.sanctions.registry.importer.ExternalGrouper;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.JsonLines;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;

/**
 * Parses OpenSanctions FollowTheMoney entities (JSON lines). Sanctioned subjects ({@code target: true} persons,
 * organizations, companies, vessels, airplanes) become parties; their Sanction, Address and Passport entities are
 * separate lines that point at them, so lines are grouped by the subject's id (addresses in a first pass by their own
 * id) through {@link ExternalGrouper}s, keeping memory bounded (but for the captions of named entities). Other
 * entities are not imported; the link entities (ownership, directorship, family, unknown links) become typed links of the
 * subjects they connect ({@link FtmLinks}).
 */
public final class FtmParser implements ListParser {

    static final Set<String> PARTY_SCHEMAS = Set.of("Person", "Organization", "Company", "LegalEntity",
            "PublicBody", "Vessel", "Airplane");
    static final String PARTY = "P";
    static final String SANCTION = "S";
    static final String DOCUMENT = "I";
    static final String ADDRESS = "D";
    static final String LINK = "L";
    private static final String ADDRESS_ENTITY = "A";
    private static final String ADDRESS_REQUEST = "R";

    @Override
    public ListFormat format() {
        return ListFormat.FTM_JSONL;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        FtmLinks links = new FtmLinks();
        try (ExternalGrouper addresses = new ExternalGrouper(); ExternalGrouper subjects = new ExternalGrouper()) {
            boolean[] first = {true};
            JsonLines.read(file, "FollowTheMoney JSON lines", (line, entity) -> {
                if (first[0]) {
                    checkFirst(file, entity);
                    first[0] = false;
                }
                route(file, line, entity, addresses, subjects, links, run);
            }, run);
            addresses.forEachGroup((addressId, rows) -> rows.stream().filter(r -> r.get(0).equals(ADDRESS_ENTITY))
                    .findFirst().ifPresent(address -> rows.stream().filter(r -> r.get(0).equals(ADDRESS_REQUEST))
                            .forEach(r -> subjects.add(r.get(2), List.of(ADDRESS, r.get(1), address.get(2))))));
            FtmEntity entities = new FtmEntity(file.name(), run, links);
            subjects.forEachGroup((id, rows) -> entities.assemble(rows));
        }
    }

    private static void route(ImportFile file, long line, ObjectNode entity, ExternalGrouper addresses,
                              ExternalGrouper subjects, FtmLinks links, ParseRun run) {
        String id = entity.path("id").asText(null);
        String schema = entity.path("schema").asText(null);
        if (id == null || schema == null || !entity.path("properties").isObject()) {
            run.reject(file.name(), line, "entity without id, schema or properties");
            return;
        }
        String json = entity.toString();
        String number = Long.toString(line);
        var properties = entity.path("properties");
        if (PARTY_SCHEMAS.contains(schema)) {
            links.seen(entity, entity.path("target").asBoolean(false));
        }
        if (FtmLinks.SHAPES.containsKey(schema)) {
            List<List<String>> sides = FtmLinks.sides(schema, properties);
            sides.get(0).forEach(s -> subjects.add(s, List.of(LINK, number, json, FtmLinks.OUT)));
            sides.get(1).forEach(t -> subjects.add(t, List.of(LINK, number, json, FtmLinks.IN)));
        } else if (PARTY_SCHEMAS.contains(schema) && entity.path("target").asBoolean(false)) {
            subjects.add(id, List.of(PARTY, number, json));
            JsonLines.strings(properties, "addressEntity").forEach(a -> addresses.add(a, List.of(ADDRESS_REQUEST, number, id)));
        } else if (schema.equals("Sanction")) {
            JsonLines.strings(properties, "entity").forEach(e -> subjects.add(e, List.of(SANCTION, number, json)));
        } else if (schema.equals("Passport") || schema.equals("Identification")) {
            JsonLines.strings(properties, "holder").forEach(h -> subjects.add(h, List.of(DOCUMENT, number, json)));
        } else if (schema.equals("Address")) {
            // subjects may point at a merged address by any of the ids it was merged from
            addresses.add(id, List.of(ADDRESS_ENTITY, number, json));
            JsonLines.strings(entity, "referents").forEach(r -> addresses.add(r, List.of(ADDRESS_ENTITY, number, json)));
        }
    }

    private static void checkFirst(ImportFile file, ObjectNode entity) {
        if (entity.has("format")) {
            throw new ListFormatException(file.name() + " is not FollowTheMoney JSON lines: its first line is a '"
                    + entity.path("format").asText() + "' header (a registry export?)");
        }
        if (!entity.has("schema") || !entity.path("properties").isObject()) {
            throw new ListFormatException(file.name() + " is not FollowTheMoney JSON lines: line 1 has no 'schema'"
                    + " and 'properties'");
        }
    }
}
