package org.sanctions.lookup.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;

/** The real lists used for evaluation: OFAC SDN 2024-05 with ALT aliases, and the UN SC consolidated list. */
public final class EvaluationData {

    public final List<ListedParty> sdn;
    public final List<ListedParty> un;
    public final long loadMillis;

    private EvaluationData(List<ListedParty> sdn, List<ListedParty> un, long loadMillis) {
        this.sdn = sdn;
        this.un = un;
        this.loadMillis = loadMillis;
    }

    /** Loads both lists; ALT rows from July 2021 and January 2025 are applied to the 2024 entries they name. */
    public static EvaluationData load() {
        long start = System.nanoTime();
        List<ListedParty> sdn = OfacSdnLoader.load(SharedData.file("ofac_sdn_2024-05/sdn.csv"),
                List.of(SharedData.file("ofac_sdn_2021-07_fullset/alt.csv"),
                        SharedData.file("ofac_sdn_2025-01_partial/alt.csv")));
        List<ListedParty> un = UnListLoader.load(SharedData.file("un_sc/UN_consolidated.xml"));
        return new EvaluationData(sdn, un, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Both lists, without the UN entries' names in Arabic script: those are the queries of the set
     * {@code un_arabic_to_latin}, which must find the entry by its Latin names alone.
     */
    public List<ListedParty> lists() {
        List<ListedParty> all = new ArrayList<>(sdn);
        for (ListedParty p : un) {
            List<ListedName> latin = p.names().stream().filter(n -> !isArabicScript(n.fullName())).toList();
            all.add(latin.size() == p.names().size() || latin.isEmpty() ? p : new ListedParty(p.id(), p.kind(),
                    p.version(), latin, p.birthDates(), p.nationalities(), p.sources(), p.measures()));
        }
        return all;
    }

    /** The lists plus the listed sides of the labelled pair sets (the index pair-set queries screen against). */
    public ScreeningIndex indexWithPairs(ScoringWeights weights, LabelledSets sets) {
        ScreeningIndex withPairs = new ScreeningIndex(weights);
        List<ListedParty> all = new ArrayList<>(lists());
        all.addAll(sets.pairParties);
        withPairs.replaceAll(all);
        return withPairs;
    }

    static boolean isArabicScript(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
