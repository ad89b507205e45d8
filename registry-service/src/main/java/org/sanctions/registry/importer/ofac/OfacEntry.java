package org.sanctions.registry.importer.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartyBuilder;
import org.sanctions.registry.importer.SourceRef;

/**
 * Assembles one OFAC entry from its rows in the CSV set: the main row (sdn.csv / cons_prim.csv), its aliases, its
 * addresses and the continuation of its remarks. Rows arrive tagged: {@code [tag, line, fields...]}.
 */
final class OfacEntry {

    static final String MAIN = "S";
    static final String ALT = "A";
    static final String ADD = "D";
    static final String COMMENTS = "C";

    private final OfacCsvSet files;
    private final ParseRun run;

    OfacEntry(OfacCsvSet files, ParseRun run) {
        this.files = files;
        this.run = run;
    }

    static List<String> tag(String tag, long line, List<String> fields) {
        List<String> row = new ArrayList<>(fields.size() + 2);
        row.add(tag);
        row.add(Long.toString(line));
        row.addAll(fields);
        return row;
    }

    void assemble(List<List<String>> rows) {
        List<List<String>> mains = rows.stream().filter(r -> r.get(0).equals(MAIN)).toList();
        if (mains.isEmpty()) {
            rows.forEach(r -> run.reject(files.name(r.get(0)), line(r), "ent_num " + r.get(2) + " has no entry in "
                    + files.name(MAIN)));
            return;
        }
        List<String> main = mains.get(0);
        mains.stream().skip(1).forEach(r -> run.reject(files.name(MAIN), line(r), "duplicate ent_num " + r.get(2)
                + " (first at line " + main.get(1) + ")"));
        ImportedParty.Kind kind = kind(main.get(4));
        if (kind == null) {
            run.reject(files.name(MAIN), line(main), "unknown SDN_Type '" + main.get(4) + "'");
            return;
        }
        run.emit(build(main, kind, rows), files.name(MAIN), line(main));
    }

    private PartyBuilder build(List<String> main, ImportedParty.Kind kind, List<List<String>> rows) {
        String entNum = main.get(2);
        String url = OfacPrograms.url(entNum);
        PartyBuilder party = new PartyBuilder(new SourceRef(OfacPrograms.AUTHORITY, files.list(), entNum, url), kind);
        party.name(main.get(3), ImportedName.Type.PRIMARY);
        party.position(main.get(6));
        for (String program : OfacPrograms.split(main.get(5))) {
            party.measure(ImportedMeasure.active(program, OfacPrograms.measureType(program, files.isSdnList()),
                    OfacPrograms.AUTHORITY, null, url));
            run.program(ImportedProgram.of(program, null, OfacPrograms.AUTHORITY));
        }
        StringBuilder remarks = new StringBuilder(main.get(13) == null ? "" : main.get(13));
        for (List<String> row : rows) {
            switch (row.get(0)) {
                case ALT -> party.name(row.get(5), aliasType(row.get(4)));
                case ADD -> party.address(row.get(4), row.get(5), null, null, row.get(6));
                case COMMENTS -> remarks.append(row.get(3) == null ? "" : row.get(3)); // continues mid-word
                default -> { }
            }
        }
        OfacRemarks.apply(remarks.toString(), party);
        vessel(main, party, remarks);
        return party.remarks(remarks.toString());
    }

    /** A vessel's flag is its nationality; call sign is an identifier; type, tonnage and owner go to the remarks. */
    private static void vessel(List<String> main, PartyBuilder party, StringBuilder remarks) {
        party.identifier(ImportedIdentifier.Type.OTHER, main.get(7), null);
        party.nationality(main.get(11));
        String[] labels = {"Vessel type", "Tonnage", "GRT", "Vessel owner"};
        int[] columns = {8, 9, 10, 12};
        for (int i = 0; i < labels.length; i++) {
            String value = main.get(columns[i]);
            if (value != null) {
                remarks.append(remarks.length() == 0 ? "" : "; ").append(labels[i]).append(' ').append(value);
            }
        }
    }

    private static ImportedParty.Kind kind(String sdnType) {
        if (sdnType == null) {
            return ImportedParty.Kind.ORGANIZATION;
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> ImportedParty.Kind.PERSON;
            case "vessel" -> ImportedParty.Kind.VESSEL;
            case "aircraft" -> ImportedParty.Kind.AIRCRAFT;
            case "entity" -> ImportedParty.Kind.ORGANIZATION;
            default -> null;
        };
    }

    private static ImportedName.Type aliasType(String altType) {
        return altType != null && altType.equalsIgnoreCase("fka") ? ImportedName.Type.FKA : ImportedName.Type.AKA;
    }

    private static long line(List<String> row) {
        return Long.parseLong(row.get(1));
    }
}
