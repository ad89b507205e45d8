package org.sanctions.lookup.evaluation;

import java.util.List;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/** Screens the names given as arguments against the real lists and prints the top 5 with their alignments. */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        ScreeningIndex lists = new ScreeningIndex(ScoringWeights.defaults());
        lists.replaceAll(EvaluationData.load().lists());
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
