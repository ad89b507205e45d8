package org.sanctions.lookup.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One screening through the stages: plan, retrieve, score names, best name per party, attributes, explain. */
final class ScreeningPass {

    private ScreeningPass() {
    }

    /** Retrieves, scores and explains the matches of one query against the store. */
    static List<Match> run(IndexStore s, ScreeningQuery query, NormalizedName normalized, Lexicon lexicon,
            ScoringWeights weights, LocalDate today, int candidates) {
        QueryPlan plan = QueryPlan.build(normalized, s.vocabulary, lexicon);
        TokenWeights tokenWeights = new TokenWeights(s.vocabulary, weights, s.liveNames, s.tokenWeightCache(),
                s.generation());
        MeasureFilter filter = new MeasureFilter(query, today);
        boolean unfiltered = query.asOf() == null && query.programs().isEmpty() && query.authorities().isEmpty()
                && query.measureTypes().isEmpty();
        Map<Integer, List<Measure>> selected = new HashMap<>();
        java.util.function.IntFunction<List<Measure>> measures = unfiltered ? p -> s.activeOn(p, today, filter)
                : p -> selected.computeIfAbsent(p, k -> filter.select(s.parties.get(k)));
        int[] names = CandidateRetriever.retrieve(plan, s, tokenWeights, candidates,
                p -> !measures.apply(p).isEmpty());
        NameScorer scorer = new NameScorer(weights, tokenWeights, s.vocabulary);
        Map<Integer, ScoredName> bestPerParty = new HashMap<>();
        for (int nameId : names) {
            IndexedName name = s.names.get(nameId);
            NameScorer.Scored scored = scorer.score(plan, name);
            double evidence = s.richestEvidence(name.party, scorer::evidenceOf);
            double nameScore = scorer.nameScore(scored, evidence);
            double aliasFactor = name.type == NameType.WEAK_AKA ? weights.weakAliasFactor() : 1.0;
            ScoredName candidate = new ScoredName(name, scored, nameScore, nameScore * aliasFactor);
            bestPerParty.merge(name.party, candidate, (a, b) -> a.adjusted >= b.adjusted ? a : b);
        }
        ExplanationBuilder explainer = new ExplanationBuilder(plan, s.vocabulary, weights);
        AttributeScorer attributes = new AttributeScorer(weights);
        double maxRaise = Math.max(weights.birthDateAgrees(), weights.birthYearAgrees()) + weights.nationalityAgrees();
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, ScoredName> e : bestPerParty.entrySet()) {
            ScoredName best = e.getValue();
            // 1e-4: final scores are rounded to four decimals
            if (best.adjusted * weights.uncorroboratedCap() + maxRaise * best.nameScore + 1e-4 < query.threshold()) {
                continue; // even full agreement of birth date and nationality could not lift it to the threshold
            }
            ListedParty party = s.parties.get(e.getKey());
            List<AttributeEffect> effects = attributes.effects(query, party);
            double score = finalScore(weights, best, effects);
            if (score >= query.threshold()) {
                out.add(new Match(party, score, score >= query.threshold(), best.name.fullName, best.name.type,
                        measures.apply(e.getKey()),
                        explainer.explain(best.name, best.scored, best.nameScore, effects)));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.party().id()));
        return out.size() > query.limit() ? List.copyOf(out.subList(0, query.limit())) : out;
    }

    private static double finalScore(ScoringWeights weights, ScoredName best, List<AttributeEffect> effects) {
        double score = best.adjusted * weights.uncorroboratedCap();
        for (AttributeEffect effect : effects) {
            // agreement can only confirm a name that already resembles; disagreement always counts fully
            score += effect.delta() > 0 ? effect.delta() * best.nameScore : effect.delta();
        }
        return Math.round(Math.max(0, Math.min(1, score)) * 10000) / 10000.0;
    }

    private record ScoredName(IndexedName name, NameScorer.Scored scored, double nameScore, double adjusted) {
    }
}
