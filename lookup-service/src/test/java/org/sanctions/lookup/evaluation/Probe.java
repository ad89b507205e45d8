package org.sanctions.lookup.evaluation;

import java.util.List;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/** Screens the names given as arguments against the real lists and pair parties; prints the top 5, explained. */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        EvaluationData data = EvaluationData.load();
        java.util.List<org.sanctions.lookup.matching.ListedParty> all = new java.util.ArrayList<>(data.lists());
        all.addAll(LabelledSets.load(data.un, 0).pairParties); // the labelled pairs' listed sides, as evaluated
        ScreeningIndex lists = new ScreeningIndex(ScoringWeights.defaults());
        lists.replaceAll(all);
        for (String name : args) {
            List<Match> matches = lists.screen(ScreeningQuery.byName(name, 0.0).withLimit(5));
            System.out.println("== " + name);
            for (Match m : matches) {
                System.out.printf("  %.3f %s '%s' %s%n", m.score(), m.party().id(), m.matchedName(),
                        TuningMisses.describe(m));
            }
        }
    }
}
