package org.sanctions.lookup.evaluation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.NameNormalizer;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Prints the tuning split's misses (and innocent alerts) with their explanations, to find causes. Never prints
 * held-out rows: they stay unseen. Run like {@link Evaluation} with
 * {@code -Dexec.mainClass=org.sanctions.lookup.evaluation.TuningMisses [-Dexec.args="set-name"]}.
 */
public final class TuningMisses {

    private TuningMisses() {
    }

    public static void main(String[] args) {
        String only = args.length > 0 ? args[0] : null;
        ScoringWeights weights = ScoringWeights.defaults();
        double t = weights.threshold();
        NameNormalizer.warmUp();
        EvaluationData data = EvaluationData.load();
        LabelledSets sets = LabelledSets.load(data.un, 20000);
        ScreeningIndex lists = new ScreeningIndex(weights);
        lists.replaceAll(data.lists());
        ScreeningIndex withPairs = data.indexWithPairs(weights, sets);
        for (LabelledQuery q : sets.positives) {
            if (q.heldOut() || (only != null && !q.set().equals(only))) {
                continue;
            }
            ScreeningIndex index = LabelledSets.isPairSet(q.set()) ? withPairs : lists;
            List<Match> matches = index.screen(new ScreeningQuery(q.name(), q.kind(), q.birthDate(), q.nationality(),
                    Set.of(), Set.of(), Set.of(), null, 0.0, 10));
            Match target = matches.stream().filter(m -> m.party().id().equals(q.targetId())).findFirst().orElse(null);
            if (target != null && target.score() >= t) {
                continue;
            }
            String listed = index.party(q.targetId()).map(p -> p.names().stream().limit(4)
                    .map(n -> n.fullName()).collect(Collectors.joining(" | "))).orElse("?");
            System.out.printf("MISS [%s] %s  =>  %s%n", q.set(), q.name(), listed);
            if (target != null) {
                System.out.printf("   target %.3f via '%s' %s%n", target.score(), target.matchedName(),
                        describe(target));
            } else {
                System.out.println("   target not retrieved");
            }
            if (!matches.isEmpty() && matches.get(0) != target) {
                System.out.printf("   top %.3f '%s'%n", matches.get(0).score(), matches.get(0).matchedName());
            }
        }
        if (only == null || only.equals("innocents")) {
            for (LabelledQuery q : sets.negatives) {
                if (q.heldOut()) {
                    continue;
                }
                List<Match> m = lists.screen(ScreeningQuery.byName(q.name(), t));
                if (!m.isEmpty()) {
                    System.out.printf("ALERT [%s] %s -> %.3f '%s' %s%n", q.set(), q.name(), m.get(0).score(),
                            m.get(0).matchedName(), describe(m.get(0)));
                }
            }
        }
    }

    static String describe(Match m) {
        return m.explanation().alignments().stream()
                .map(a -> a.queryToken() + "~" + a.nameToken() + ":" + a.method() + ":"
                        + String.format("%.2f/%.2f", a.similarity(), a.weight()))
                .collect(Collectors.joining(" ", "[", "]")) + " unQ=" + m.explanation().unmatchedQueryTokens()
                + " unN=" + m.explanation().unmatchedNameTokens() + " ns="
                + String.format("%.2f", m.explanation().nameScore());
    }
}
