package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.List;

/** Turns a scored alignment into the explanation a compliance officer reads. */
final class ExplanationBuilder {

    private final QueryPlan plan;
    private final Vocabulary vocabulary;
    private final ScoringWeights weights;

    ExplanationBuilder(QueryPlan plan, Vocabulary vocabulary, ScoringWeights weights) {
        this.plan = plan;
        this.vocabulary = vocabulary;
        this.weights = weights;
    }

    Explanation explain(IndexedName name, NameScorer.Scored scored, double nameScore, List<AttributeEffect> effects) {
        List<TokenAlignment> alignments = new ArrayList<>();
        boolean[] queryUsed = new boolean[plan.tokenCount()];
        boolean[] nameUsed = new boolean[name.tokens.length];
        for (NameScorer.Pair p : scored.pairs()) {
            alignments.add(new TokenAlignment(queryText(p.qFirst(), p.qLast()), nameText(name, p.nFirst(), p.nLast()),
                    p.method(), round(p.similarity()), round(p.weight())));
            for (int i = p.qFirst(); i <= p.qLast(); i++) {
                queryUsed[i] = true;
            }
            for (int j = p.nFirst(); j <= p.nLast(); j++) {
                nameUsed[j] = true;
            }
        }
        List<String> unmatchedQuery = new ArrayList<>();
        for (int i = 0; i < queryUsed.length; i++) {
            if (!queryUsed[i]) {
                unmatchedQuery.add(plan.name.tokens().get(i).text());
            }
        }
        List<String> unmatchedName = new ArrayList<>();
        for (int j = 0; j < nameUsed.length; j++) {
            if (!nameUsed[j]) {
                unmatchedName.add(vocabulary.features(name.tokens[j]).text());
            }
        }
        return new Explanation(round(nameScore), round(scored.queryCoverage()),
                round(Math.min(1, scored.nameCoverage())), alignments, unmatchedQuery, unmatchedName,
                attributeNotes(name, effects), dropped(name));
    }

    private List<AttributeEffect> attributeNotes(IndexedName name, List<AttributeEffect> effects) {
        List<AttributeEffect> out = new ArrayList<>(effects);
        if (name.type == NameType.WEAK_AKA) {
            out.add(new AttributeEffect("nameType", AttributeEffect.Effect.LOWERED,
                    round(weights.weakAliasFactor() - 1), "matched a weak alias, which the list marks as low quality"));
        }
        if (effects.stream().noneMatch(e -> e.effect() == AttributeEffect.Effect.RAISED)) {
            out.add(new AttributeEffect("corroboration", AttributeEffect.Effect.LOWERED,
                    round(weights.uncorroboratedCap() - 1),
                    "no birth date or nationality agrees: a name alone is capped at " + weights.uncorroboratedCap()));
        }
        return out;
    }

    private List<String> dropped(IndexedName name) {
        List<String> out = new ArrayList<>(plan.name.dropped());
        if (plan.name.legalForm() != null) {
            out.add("legal form " + plan.name.legalForm() + " (query)");
        }
        for (String d : name.dropped) {
            out.add(d + " (listed name)");
        }
        return out;
    }

    private String queryText(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            sb.append(i > first ? " " : "").append(plan.name.tokens().get(i).text());
        }
        return sb.toString();
    }

    private String nameText(IndexedName name, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int j = first; j <= last; j++) {
            sb.append(j > first ? " " : "").append(vocabulary.features(name.tokens[j]).text());
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
