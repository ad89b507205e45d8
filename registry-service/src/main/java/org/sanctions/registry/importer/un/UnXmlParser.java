package org.sanctions.registry.importer.un;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.XmlNode;
import org.sanctions.registry.importer.XmlRecords;

/**
 * Parses the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL} and
 * {@code ENTITIES/ENTITY}), one record at a time. The name in original script (Arabic, Cyrillic) is kept as an alias
 * next to the romanized primary name.
 */
public final class UnXmlParser implements ListParser {

    static final String AUTHORITY = "UN-SC";
    static final String LIST = "CONSOLIDATED";
    static final String LIST_URL = "https://main.un.org/securitycouncil/content/un-sc-consolidated-list";

    @Override
    public ListFormat format() {
        return ListFormat.UN_SC_XML;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        new XmlRecords(file, "a UN Security Council consolidated list")
                .on("INDIVIDUAL", node -> record(node, ImportedParty.Kind.PERSON, file, run))
                .on("ENTITY", node -> record(node, ImportedParty.Kind.ORGANIZATION, file, run))
                .read("CONSOLIDATED_LIST", null, root -> run.publicationDate(PartialDates.iso(root.get("dateGenerated"))));
    }

    private void record(XmlNode node, ImportedParty.Kind kind, ImportFile file, ParseRun run) {
        run.rowRead();
        String reference = node.text("REFERENCE_NUMBER") != null ? node.text("REFERENCE_NUMBER") : node.text("DATAID");
        if (reference == null) {
            run.reject(file.name(), node.line(), node.name() + " without REFERENCE_NUMBER or DATAID");
            return;
        }
        PartyBuilder party = new PartyBuilder(SourceRef.of(AUTHORITY, LIST, reference), kind);
        party.name(Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(node::text)
                .filter(t -> t != null).collect(Collectors.joining(" ")), ImportedName.Type.PRIMARY);
        party.name(node.text("NAME_ORIGINAL_SCRIPT"), ImportedName.Type.AKA);
        String prefix = kind == ImportedParty.Kind.PERSON ? "INDIVIDUAL_" : "ENTITY_";
        node.children(prefix + "ALIAS").forEach(a -> party.name(a.text("ALIAS_NAME"), aliasType(a.text("QUALITY"))));
        node.all("TITLE", "VALUE").forEach(v -> party.position(v.value()));
        node.all("DESIGNATION", "VALUE").forEach(v -> party.position(v.value()));
        node.all("NATIONALITY", "VALUE").stream().map(XmlNode::value)
                .filter(v -> v != null && !v.equalsIgnoreCase("na")).forEach(party::nationality);
        party.gender(UnDetails.gender(node.text("GENDER")));
        node.children("INDIVIDUAL_DATE_OF_BIRTH").forEach(d -> party.birthDate(UnDetails.birthDate(d)));
        node.children("INDIVIDUAL_PLACE_OF_BIRTH").forEach(p -> party.placeOfBirth(UnDetails.place(p)));
        node.children(prefix + "ADDRESS").forEach(a -> party.address(a.text("STREET"), a.text("CITY"),
                a.text("STATE_PROVINCE"), a.text("ZIP_CODE"), a.text("COUNTRY")));
        node.children("INDIVIDUAL_DOCUMENT").forEach(d -> document(d, party));
        party.remarks(node.text("COMMENTS1"));
        measures(node, kind, party, run);
        run.emit(party, file.name(), node.line());
    }

    private static void measures(XmlNode node, ImportedParty.Kind kind, PartyBuilder party, ParseRun run) {
        String listType = node.text("UN_LIST_TYPE");
        if (listType == null) {
            return;
        }
        String program = "UN-" + listType.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        String listed = PartialDates.iso(node.text("LISTED_ON"));
        run.program(ImportedProgram.of(program, "UN Security Council sanctions: " + listType, AUTHORITY));
        party.measure(ImportedMeasure.active(program, ImportedMeasure.Type.ASSET_FREEZE, AUTHORITY, listed, LIST_URL));
        if (kind == ImportedParty.Kind.PERSON) {
            party.measure(ImportedMeasure.active(program, ImportedMeasure.Type.TRAVEL_BAN, AUTHORITY, listed, LIST_URL));
        }
    }

    private static void document(XmlNode doc, PartyBuilder party) {
        String type = doc.text("TYPE_OF_DOCUMENT");
        String country = doc.text("ISSUING_COUNTRY") != null ? doc.text("ISSUING_COUNTRY") : doc.text("COUNTRY_OF_ISSUE");
        party.identifier(UnDetails.documentType(type), doc.text("NUMBER"), country);
    }

    /** Individuals' alias QUALITY is Good/Low; entities' is a.k.a./f.k.a. */
    private static ImportedName.Type aliasType(String quality) {
        if (quality == null) {
            return ImportedName.Type.AKA;
        }
        return switch (quality.toLowerCase(Locale.ROOT)) {
            case "low" -> ImportedName.Type.WEAK_AKA;
            case "f.k.a." -> ImportedName.Type.FKA;
            default -> ImportedName.Type.AKA;
        };
    }
}
