package org.sanctions.lookup.evaluation;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctions.lookup.matching.BirthDate;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.SourceRef;

/** Reads OFAC's legacy SDN CSV and ALT files into engine parties, for evaluation only (not the importer). */
public final class OfacSdnLoader {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern ALIAS = Pattern.compile("(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '([^']+)'");
    private static final Pattern DOB = Pattern.compile("(?:alt\\. )?DOB (circa )?(.+)");
    private static final Pattern FULL = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})(?: to (\\d{4}))?");
    private static final Pattern NATIONALITY = Pattern.compile("(?:alt\\. )?(?:nationality|citizen) (.+)");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private OfacSdnLoader() {
    }

    /** Parties from sdn.csv with aliases from the given alt.csv files (only rows whose ent_num is in sdn.csv). */
    public static List<ListedParty> load(Path sdn, List<Path> altFiles) {
        Map<String, List<ListedName>> aliases = new LinkedHashMap<>();
        for (Path alt : altFiles) {
            for (List<String> row : SimpleCsv.read(alt, CP1252, false)) {
                String name = SimpleCsv.ofac(row.get(3));
                if (name != null) {
                    NameType type = "fka".equals(SimpleCsv.ofac(row.get(2))) ? NameType.FKA : NameType.AKA;
                    aliases.computeIfAbsent(row.get(0).trim(), k -> new ArrayList<>()).add(new ListedName(name, type));
                }
            }
        }
        List<ListedParty> parties = new ArrayList<>();
        for (List<String> row : SimpleCsv.read(sdn, CP1252, false)) {
            if (row.size() >= 12) {
                parties.add(party(row, aliases.getOrDefault(row.get(0).trim(), List.of())));
            }
        }
        return parties;
    }

    private static ListedParty party(List<String> row, List<ListedName> alt) {
        String entNum = row.get(0).trim();
        String type = SimpleCsv.ofac(row.get(2));
        Kind kind = type == null ? Kind.ORGANIZATION : switch (type) {
            case "individual" -> Kind.PERSON;
            case "vessel" -> Kind.VESSEL;
            case "aircraft" -> Kind.AIRCRAFT;
            default -> Kind.ORGANIZATION;
        };
        String remarks = SimpleCsv.ofac(row.get(11));
        Set<ListedName> names = new LinkedHashSet<>();
        names.add(new ListedName(row.get(1).trim(), NameType.PRIMARY));
        Set<String> seen = new HashSet<>();
        seen.add(row.get(1).trim());
        for (ListedName a : alt) {
            if (seen.add(a.fullName())) {
                names.add(a);
            }
        }
        List<BirthDate> births = new ArrayList<>();
        Set<String> nationalities = new LinkedHashSet<>();
        if (remarks != null) {
            Matcher m = ALIAS.matcher(remarks);
            while (m.find()) {
                NameType nt = m.group(1).startsWith("f") ? NameType.FKA : NameType.WEAK_AKA;
                if (seen.add(m.group(2))) {
                    names.add(new ListedName(m.group(2), nt));
                }
            }
            for (String item : remarks.split(";")) {
                parseItem(item.trim(), births, nationalities);
            }
        }
        List<Measure> measures = new ArrayList<>();
        String programs = SimpleCsv.ofac(row.get(3));
        for (String program : programs == null ? new String[] {"SDN"} : programs.split("\\] \\[")) {
            measures.add(new Measure(program.replace("[", "").replace("]", "").trim(), MeasureType.ASSET_FREEZE,
                    "US-OFAC", null, MeasureStatus.ACTIVE, null));
        }
        return new ListedParty("OFAC-" + entNum, kind, 1, List.copyOf(names), births, nationalities,
                List.of(new SourceRef("US-OFAC", "SDN", entNum)), measures);
    }

    private static void parseItem(String item, List<BirthDate> births, Set<String> nationalities) {
        Matcher dob = DOB.matcher(item);
        if (dob.matches()) {
            BirthDate b = birthDate(dob.group(2).trim(), dob.group(1) != null);
            if (b != null) {
                births.add(b);
            }
            return;
        }
        Matcher nat = NATIONALITY.matcher(item);
        if (nat.matches()) {
            String code = CountryCodes.of(nat.group(1).replace(".", "").trim());
            if (code != null) {
                nationalities.add(code);
            }
        }
    }

    static BirthDate birthDate(String text, boolean circa) {
        Matcher full = FULL.matcher(text);
        if (full.matches() && MONTHS.contains(full.group(2))) {
            int y = Integer.parseInt(full.group(3));
            return new BirthDate(y, y, java.time.LocalDate.of(y, MONTHS.indexOf(full.group(2)) + 1,
                    Integer.parseInt(full.group(1))), circa);
        }
        String stripped = text.replaceAll("^[A-Z][a-z]{2} ", "");
        Matcher range = YEAR_RANGE.matcher(stripped);
        if (range.matches()) {
            int from = Integer.parseInt(range.group(1));
            return BirthDate.range(from, range.group(2) == null ? from : Integer.parseInt(range.group(2)), circa);
        }
        return null;
    }
}
