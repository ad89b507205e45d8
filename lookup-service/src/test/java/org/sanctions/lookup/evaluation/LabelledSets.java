package org.sanctions.lookup.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.matching.SourceRef;

/**
 * The labelled sets of shared/data/name_matching turned into queries with known targets. Pair sets (cases.csv,
 * cross_script_pairs.csv) add their listed side as extra parties; UN positives find their target by exact name in
 * the UN list (not by the matcher under test).
 */
public final class LabelledSets {

    public final List<LabelledQuery> positives = new ArrayList<>();
    public final List<LabelledQuery> negatives = new ArrayList<>();
    /** Pairs labelled as different people: query must not alert on the target. */
    public final List<LabelledQuery> nonMatchingPairs = new ArrayList<>();
    public final List<ListedParty> pairParties = new ArrayList<>();
    public final Map<String, Integer> unlabelled = new HashMap<>();
    private final Map<String, String> pairIds = new HashMap<>();

    public static LabelledSets load(List<ListedParty> unParties, int negativesPerFile) {
        LabelledSets sets = new LabelledSets();
        sets.issueExamples();
        sets.putin();
        sets.crossScript();
        sets.cases();
        sets.unPositives(unParties);
        sets.unArabicScript(unParties);
        sets.negatives("negatives_us.csv", negativesPerFile);
        sets.negatives("negatives_global.csv", negativesPerFile);
        return sets;
    }

    private void issueExamples() {
        for (String q : List.of("John Lee Ka Chiu", "Ka-chiu LEE", "Li Jiachao", "Jon Lee Kachiu", "LEE, John Ka-chiu",
                "Lee Ka-chiu John", "John Lee Kachiu")) {
            positives.add(new LabelledQuery("issue_examples", q, null, null, null, "OFAC-29250", false));
        }
    }

    private void putin() {
        for (String line : lines("name_matching/putin_names.txt")) {
            if (!line.isBlank()) {
                positives.add(query("putin_names", line.trim(), null, "OFAC-35096"));
            }
        }
    }

    private void crossScript() {
        for (List<String> row : SimpleCsv.read(SharedData.file("name_matching/cross_script_pairs.csv"),
                StandardCharsets.UTF_8, true)) {
            if (row.size() < 2 || row.get(0).equals("Query")) {
                continue;
            }
            positives.add(query("cross_script_pairs", row.get(0), null, pairParty(row.get(1), Kind.PERSON)));
        }
    }

    private void cases() {
        List<List<String>> rows = SimpleCsv.read(SharedData.file("name_matching/cases.csv"), StandardCharsets.UTF_8,
                false);
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Kind kind = row.get(1).equals("Person") ? Kind.PERSON
                    : row.get(1).equals("Vessel") ? Kind.VESSEL : Kind.ORGANIZATION;
            LabelledQuery q = query("cases", row.get(2), null, pairParty(row.get(3), kind));
            if (row.get(4).equals("true")) {
                positives.add(q);
            } else {
                nonMatchingPairs.add(q);
            }
        }
    }

    private void unPositives(List<ListedParty> unParties) {
        Map<String, String> byName = new HashMap<>();
        for (ListedParty p : unParties) {
            for (ListedName n : p.names()) {
                byName.putIfAbsent(key(n.fullName()), p.id());
            }
        }
        List<List<String>> untreated = rows("name_matching/positives_un_untreated.csv");
        List<List<String>> treated = rows("name_matching/positives_un_treated.csv");
        for (int i = 1; i < untreated.size(); i++) {
            String target = byName.get(key(untreated.get(i).get(0)));
            if (target == null) {
                unlabelled.merge("positives_un (no exact UN list entry)", 1, Integer::sum);
                continue;
            }
            positives.add(person("positives_un_untreated", untreated.get(i), target));
            if (i < treated.size()) {
                positives.add(person("positives_un_treated", treated.get(i), target));
            }
        }
    }

    /**
     * The UN list's names in Arabic script, both directions: the Arabic name as query against the lists without
     * their Arabic-script names ({@link EvaluationData#lists()} leaves them out), and the entry's Latin primary name as
     * query against a party that has only the Arabic name. Nothing here feeds a name table: the sets only measure.
     */
    private void unArabicScript(List<ListedParty> unParties) {
        for (ListedParty p : unParties) {
            for (ListedName n : p.names()) {
                if (EvaluationData.isArabicScript(n.fullName())) {
                    positives.add(query("un_arabic_to_latin", n.fullName(), null, p.id()));
                    positives.add(query("un_latin_to_arabic", p.primaryName(), null, pairParty(n.fullName(),
                            p.kind())));
                }
            }
        }
    }

    private void negatives(String file, int limit) {
        List<List<String>> rows = rows("name_matching/" + file);
        for (int i = 1; i < rows.size() && i <= limit; i++) {
            negatives.add(person(file.replace(".csv", ""), rows.get(i), null));
        }
    }

    private static LabelledQuery person(String set, List<String> row, String target) {
        PartialDate dob = null;
        try {
            dob = row.get(5).isBlank() ? null : PartialDate.parse(row.get(5));
        } catch (IllegalArgumentException e) {
            dob = null; // the sets carry a few unparseable dates: screen on the name alone then
        }
        String name = row.get(0);
        return new LabelledQuery(set, name, Kind.PERSON, dob, CountryCodes.of(row.get(7)), target,
                LabelledQuery.heldOut(set, name));
    }

    private static LabelledQuery query(String set, String name, Kind kind, String target) {
        return new LabelledQuery(set, name, kind, null, null, target, LabelledQuery.heldOut(set, name));
    }

    /** One party per distinct listed side, so that repeated pairs do not compete with themselves. */
    private String pairParty(String name, Kind kind) {
        return pairIds.computeIfAbsent(kind + "|" + name, k -> {
            String id = "PAIR-" + pairIds.size();
            pairParties.add(party(id, name, kind));
            return id;
        });
    }

    /** Sets whose targets are the extra pair parties (the others target real list entries). */
    public static boolean isPairSet(String set) {
        return set.equals("cases") || set.equals("cross_script_pairs") || set.equals("un_latin_to_arabic");
    }

    private static ListedParty party(String id, String name, Kind kind) {
        return new ListedParty(id, kind == null ? Kind.PERSON : kind, 1,
                List.of(new ListedName(name, NameType.PRIMARY)),
                List.of(), Set.of(), List.of(new SourceRef("EVAL", "PAIRS", id)),
                List.of(new Measure("EVAL", MeasureType.OTHER, "EVAL", null, MeasureStatus.ACTIVE, null)));
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static List<List<String>> rows(String relative) {
        return SimpleCsv.read(SharedData.file(relative), StandardCharsets.UTF_8, false);
    }

    private static List<String> lines(String relative) {
        try {
            return Files.readAllLines(SharedData.file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
