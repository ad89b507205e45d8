package org.sanctions.registry.importer.ofac;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.XmlNode;

/** Maps one {@code <entity>} of OFAC's enhanced XML to a party. */
final class OfacEnhancedEntity {

    private final XmlNode entity;
    private final String list;
    private final String fileName;
    private final ParseRun run;

    OfacEnhancedEntity(XmlNode entity, String list, String fileName, ParseRun run) {
        this.entity = entity;
        this.list = list;
        this.fileName = fileName;
        this.run = run;
    }

    void emit() {
        String id = entity.attribute("id");
        ImportedParty.Kind kind = kind(entity.all("generalInfo", "entityType").stream().map(XmlNode::value)
                .findFirst().orElse(null));
        if (id == null || kind == null) {
            run.reject(fileName, entity.line(), "entity without id or with an unknown entityType");
            return;
        }
        String url = OfacPrograms.url(id);
        PartyBuilder party = new PartyBuilder(new SourceRef(OfacPrograms.AUTHORITY, list, id, url), kind);
        entity.all("names", "name").forEach(name -> name(name, party));
        entity.all("features", "feature").forEach(feature -> feature(feature, party));
        entity.all("identityDocuments", "identityDocument").forEach(doc -> party.identifier(
                OfacIdentifierTypes.of(doc.text("type")), doc.text("documentNumber"), doc.text("issuingCountry")));
        entity.all("addresses", "address").forEach(address -> address(address, party));
        entity.all("relationships", "relationship", "relatedEntity").forEach(r -> party.linkedTo(r.value()));
        entity.all("relationships", "relationship").forEach(r -> OfacRelationships.link(r, list).ifPresent(party::link));
        party.remarks(entity.all("generalInfo", "remarks").stream().map(XmlNode::value).findFirst().orElse(null));
        measures(party, url);
        run.emit(party, fileName, entity.line());
    }

    /** Every translation of a name (Latin first, then other scripts) with the name's strength. */
    private static void name(XmlNode name, PartyBuilder party) {
        ImportedName.Type type = nameType(name);
        name.all("translations", "translation").stream()
                .sorted(Comparator.comparing(t -> !"true".equals(t.text("isPrimary"))))
                .forEach(t -> party.name(t.text("formattedFullName"), type));
    }

    private static ImportedName.Type nameType(XmlNode name) {
        if ("true".equals(name.text("isPrimary"))) {
            return ImportedName.Type.PRIMARY;
        }
        if ("true".equals(name.text("isLowQuality"))) {
            return ImportedName.Type.WEAK_AKA;
        }
        return "F.K.A.".equals(name.text("aliasType")) ? ImportedName.Type.FKA : ImportedName.Type.AKA;
    }

    private static void feature(XmlNode feature, PartyBuilder party) {
        String value = feature.text("value");
        switch (Objects.requireNonNullElse(feature.text("type"), "")) {
            case "Birthdate" -> party.birthDate(birthDate(feature.child("valueDate")));
            case "Place of Birth" -> party.placeOfBirth(value);
            case "Nationality Country" -> party.nationality(value);
            case "Citizenship Country" -> party.citizenship(value);
            case "Vessel Flag" -> party.nationality(value);
            case "Gender" -> party.gender("Female".equalsIgnoreCase(value) ? ImportedParty.Gender.FEMALE
                    : "Male".equalsIgnoreCase(value) ? ImportedParty.Gender.MALE : null);
            default -> { }
        }
    }

    /** OFAC states every date as a from/to window; a whole year, month or day window becomes that partial date. */
    static ImportedBirthDate birthDate(XmlNode valueDate) {
        if (valueDate == null) {
            return null;
        }
        boolean circa = "true".equals(valueDate.text("isApproximate"));
        String from = window(valueDate.text("fromDateBegin"), valueDate.text("fromDateEnd"));
        String to = window(valueDate.text("toDateBegin"), valueDate.text("toDateEnd"));
        if ("true".equals(valueDate.text("isDateRange")) && from != null && to != null) {
            return ImportedBirthDate.range(from, to, circa);
        }
        String whole = window(valueDate.text("fromDateBegin"), valueDate.text("toDateEnd"));
        return whole == null ? null : new ImportedBirthDate(whole, null, null, circa);
    }

    private static String window(String begin, String end) {
        if (begin == null || end == null) {
            return begin != null ? begin.substring(0, Math.min(10, begin.length())) : null;
        }
        LocalDate b = LocalDate.parse(begin.substring(0, 10));
        LocalDate e = LocalDate.parse(end.substring(0, 10));
        if (b.equals(e)) {
            return b.toString();
        }
        if (b.getYear() == e.getYear() && b.getDayOfYear() == 1 && e.getDayOfYear() == e.lengthOfYear()) {
            return String.valueOf(b.getYear());
        }
        if (b.getYear() == e.getYear() && b.getMonth() == e.getMonth() && b.getDayOfMonth() == 1
                && e.getDayOfMonth() == e.lengthOfMonth()) {
            return b.toString().substring(0, 7);
        }
        return b.toString();
    }

    private static void address(XmlNode address, PartyBuilder party) {
        XmlNode primary = address.all("translations", "translation").stream()
                .filter(t -> "true".equals(t.text("isPrimary"))).findFirst().orElse(null);
        List<XmlNode> parts = primary == null ? List.of() : primary.all("addressParts", "addressPart");
        String street = Stream.of("ADDRESS1", "ADDRESS2", "ADDRESS3").map(p -> part(parts, p))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        party.address(street, part(parts, "CITY"), part(parts, "STATE/PROVINCE"), part(parts, "POSTAL CODE"),
                address.text("country"));
    }

    private static String part(List<XmlNode> parts, String type) {
        return parts.stream().filter(p -> type.equals(p.text("type"))).map(p -> p.text("value")).findFirst()
                .orElse(null);
    }

    /**
     * One measure per program. A sanctions type naming the program's executive order ("13662 Sectoral Directive 1")
     * makes it sectoral; "Block" on the SDN list is an asset freeze under the other programs, or, when every program
     * has a directive, under the most recent order (OFAC layered EO 14024 blocking on EO 13662 directives).
     */
    private void measures(PartyBuilder party, String url) {
        List<XmlNode> lists = entity.all("sanctionsLists", "sanctionsList");
        List<String> types = entity.all("sanctionsTypes", "sanctionsType").stream().map(XmlNode::value)
                .filter(Objects::nonNull).toList();
        boolean blocked = types.contains("Block") && lists.stream().map(XmlNode::value).anyMatch("SDN List"::equals);
        String listed = lists.stream().filter(l -> !"Consolidated List".equals(l.value()))
                .map(l -> l.attribute("datePublished")).filter(Objects::nonNull).sorted().findFirst().orElse(null);
        List<String> programs = entity.all("sanctionsPrograms", "sanctionsProgram").stream().map(XmlNode::value)
                .filter(Objects::nonNull).toList();
        boolean frozen = false;
        for (String code : programs) {
            ImportedMeasure.Type type = OfacPrograms.measureType(code, types, blocked);
            frozen |= type == ImportedMeasure.Type.ASSET_FREEZE;
            party.measure(ImportedMeasure.active(code, type, OfacPrograms.AUTHORITY, listed, url));
            run.program(ImportedProgram.of(code, null, OfacPrograms.AUTHORITY));
        }
        if (blocked && !frozen) {
            programs.stream().max(Comparator.comparing(OfacPrograms::executiveOrder)).ifPresent(code -> party.measure(
                    ImportedMeasure.active(code, ImportedMeasure.Type.ASSET_FREEZE, OfacPrograms.AUTHORITY, listed, url)));
        }
    }

    private static ImportedParty.Kind kind(String entityType) {
        if (entityType == null) {
            return null;
        }
        return switch (entityType.toLowerCase(Locale.ROOT)) {
            case "individual" -> ImportedParty.Kind.PERSON;
            case "entity" -> ImportedParty.Kind.ORGANIZATION;
            case "vessel" -> ImportedParty.Kind.VESSEL;
            case "aircraft" -> ImportedParty.Kind.AIRCRAFT;
            default -> null;
        };
    }
}
