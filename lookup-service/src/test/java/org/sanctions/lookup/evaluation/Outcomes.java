package org.sanctions.lookup.evaluation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/** Per-query results of one evaluation run: the target's rank and score, and the best score of anything. */
final class Outcomes {

    /** rank is 1-based within the top 10, or 0 when the target is not there. */
    record Outcome(LabelledQuery query, int rank, double targetScore, double bestScore) {
    }

    final List<Outcome> list;

    private Outcomes(List<Outcome> list) {
        this.list = list;
    }

    /** Screens every query: pair sets against the index with pair parties, the others against the real lists. */
    static Outcomes run(ForkJoinPool pool, ScreeningIndex lists, ScreeningIndex withPairs, List<LabelledQuery> queries,
            boolean attributes) {
        try {
            return new Outcomes(pool.submit(() -> queries.parallelStream()
                    .map(q -> one(LabelledSets.isPairSet(q.set()) ? withPairs : lists, q, attributes))
                    .toList()).get());
        } catch (Exception e) {
            throw new IllegalStateException("evaluation run failed", e);
        }
    }

    private static Outcome one(ScreeningIndex index, LabelledQuery q, boolean attributes) {
        ScreeningQuery query = new ScreeningQuery(q.name(), attributes ? q.kind() : null,
                attributes ? q.birthDate() : null, attributes ? q.nationality() : null, Set.of(), Set.of(), Set.of(),
                null, 0.0, 10);
        List<Match> matches = index.screen(query);
        int rank = 0;
        double targetScore = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).party().id().equals(q.targetId())) {
                rank = i + 1;
                targetScore = matches.get(i).score();
                break;
            }
        }
        return new Outcome(q, rank, targetScore, matches.isEmpty() ? 0 : matches.get(0).score());
    }
}
