package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns query tokens with one listed name's tokens (one-to-one, greedy by evidence, order-free, hyphen joins
 * allowed on both sides) and turns the alignment into a name score: coverage of both names weighted by token
 * rarity, times a saturating function of the absolute evidence so that two common tokens cannot reach a match.
 */
final class NameScorer {

    private static final float INITIAL_SIMILARITY = 0.6f;
    /** Least weight of a query name token left unexplained, however common the name. */
    private static final double UNEXPLAINED_FLOOR = 0.5;

    /** One chosen alignment between query positions [qFirst..qLast] and name positions [nFirst..nLast]. */
    record Pair(int qFirst, int qLast, int nFirst, int nLast, float similarity, MatchMethod method, double weight) {
    }

    /** The outcome for one name; the name score needs the party's evidence too, see {@link #nameScore}. */
    record Scored(double coverage, double queryCoverage, double nameCoverage, double evidence, List<Pair> pairs) {
    }

    private final ScoringWeights weights;
    private final TokenWeights tokenWeights;
    private final Vocabulary vocabulary;

    NameScorer(ScoringWeights weights, TokenWeights tokenWeights, Vocabulary vocabulary) {
        this.weights = weights;
        this.tokenWeights = tokenWeights;
        this.vocabulary = vocabulary;
    }

    Scored score(QueryPlan plan, IndexedName name) {
        int n = Math.min(name.tokens.length, 63);
        double[] nameWeight = new double[n];
        double nameTotal = 0;
        for (int j = 0; j < n; j++) {
            nameWeight[j] = tokenWeights.of(name.tokens[j]) * tokenWeights.roleFactor(name.role(j));
            nameTotal += nameWeight[j];
        }
        List<Pair> candidates = candidates(plan, name, n, nameWeight);
        candidates.sort((a, b) -> Double.compare(b.similarity() * b.weight(), a.similarity() * a.weight()));
        long usedQ = 0;
        long usedN = 0;
        List<Pair> chosen = new ArrayList<>(4);
        double matched = 0;
        double alignedWeight = 0;
        double nameMatched = 0;
        for (Pair p : candidates) {
            long qMask = mask(p.qFirst(), p.qLast());
            long nMask = mask(p.nFirst(), p.nLast());
            if ((usedQ & qMask) == 0 && (usedN & nMask) == 0) {
                usedQ |= qMask;
                usedN |= nMask;
                chosen.add(p);
                matched += p.similarity() * p.weight();
                alignedWeight += p.weight();
                nameMatched += p.similarity() * nameSideWeight(p, nameWeight);
            }
        }
        double unalignedQuery = unalignedQueryWeight(plan, usedQ);
        double unalignedName = 0;
        for (int j = 0; j < n; j++) {
            unalignedName += (usedN & (1L << j)) == 0 ? nameWeight[j] : 0;
        }
        return Coverage.of(weights, new Coverage.Sides(matched, alignedWeight, unalignedQuery, nameMatched, nameTotal,
                unalignedName, (usedN & 1L) != 0), chosen);
    }

    /**
     * Coverage times a saturating function of the evidence matched. The scale adapts to the party: when everything
     * the list knows about a party is common names (MUHAMMAD AL-HUSAYN), matching all of it is enough; when the
     * party has a rarer full name (LEE, John Ka-chiu), matching only its common alias (LEE, John) is not.
     */
    double nameScore(Scored scored, double partyEvidence) {
        double scale = Math.min(weights.evidenceScale(), weights.fullNameEvidenceShare() * partyEvidence);
        return scored.coverage() * (1 - Math.exp(-scored.evidence() / Math.max(scale, 0.05)));
    }

    /** Total evidence weight of a name: what a perfect match on it would carry. */
    double evidenceOf(IndexedName name) {
        double total = 0;
        for (int j = 0; j < name.tokens.length; j++) {
            total += tokenWeights.of(name.tokens[j]) * tokenWeights.roleFactor(name.role(j));
        }
        return total;
    }

    private List<Pair> candidates(QueryPlan plan, IndexedName name, int n, double[] nameWeight) {
        List<Pair> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int h = plan.firstHit(name.tokens[j]); h >= 0; h = plan.nextHit(h)) {
                addIfAligned(out, plan.hitUnit(h), plan.hitResult(h), j, j, nameWeight[j]);
            }
            if (j + 1 < n && name.joins[j] >= 0) {
                for (int h = plan.firstHit(name.joins[j]); h >= 0; h = plan.nextHit(h)) {
                    addIfAligned(out, plan.hitUnit(h), plan.hitResult(h), j, j + 1, nameWeight[j] + nameWeight[j + 1]);
                }
            }
            if (plan.hasInitials || name.role(j) == TokenRole.INITIAL) {
                for (QueryPlan.Unit u : plan.units) {
                    if (!u.isJoin() && u.last < 63) {
                        addInitial(out, u, name, j, nameWeight[j]);
                    }
                }
            }
        }
        return out;
    }

    private void addIfAligned(List<Pair> out, QueryPlan.Unit u, TokenSimilarity.Result r, int nFirst, int nLast,
            double nameWeight) {
        boolean anyJoin = u.isJoin() || nLast > nFirst;
        // two tokens read as one must agree in spelling: sound-alike joins pair unrelated syllables
        if (u.last < 63 && !(anyJoin && r.similarity() < 0.9f)) {
            double weight = Math.min(nameWeight, queryWeight(u));
            boolean joined = u.isJoin() != (nLast > nFirst);
            MatchMethod method = joined && r.method() == MatchMethod.EXACT ? MatchMethod.JOINED : r.method();
            out.add(new Pair(u.first, u.last, nFirst, nLast, joined ? r.similarity() * 0.97f : r.similarity(),
                    method, weight));
        }
    }

    // J. Smith against John Smith, or the list's "A. Rahman" against Abdul Rahman: the letter agrees, weakly
    private void addInitial(List<Pair> out, QueryPlan.Unit u, IndexedName name, int j, double nameWeight) {
        String nameText = vocabulary.features(name.tokens[j]).text();
        boolean queryInitial = u.role == TokenRole.INITIAL && name.role(j) != TokenRole.INITIAL;
        boolean nameInitial = name.role(j) == TokenRole.INITIAL && u.role != TokenRole.INITIAL;
        if (queryInitial && Initials.agrees(u.text, nameText)) {
            out.add(new Pair(u.first, u.last, j, j, INITIAL_SIMILARITY, MatchMethod.INITIAL,
                    nameWeight * weights.initialFactor()));
        } else if (nameInitial && Initials.agrees(nameText, u.text)) {
            out.add(new Pair(u.first, u.last, j, j, INITIAL_SIMILARITY, MatchMethod.INITIAL, nameWeight));
        }
    }

    private double unalignedQueryWeight(QueryPlan plan, long usedQ) {
        double total = 0;
        for (QueryPlan.Unit u : plan.units) {
            if (!u.isJoin() && u.first < 63 && (usedQ & (1L << u.first)) == 0) {
                // a common surname the listed name lacks still says "someone else" (Tara Johnson is not TARA LTD)
                total += u.role == TokenRole.CONTENT ? Math.max(queryWeight(u), UNEXPLAINED_FLOOR) : queryWeight(u);
            }
        }
        return total;
    }

    private double queryWeight(QueryPlan.Unit u) {
        return tokenWeights.ofQueryUnit(u);
    }

    /**
     * How much of the listed name a pair explains, in the listed name's own weights: blackrock explains both BLACK
     * and ROCK, and john explains all of a rare JHON (the evidence, not the coverage, stays at the weaker side).
     */
    private static double nameSideWeight(Pair p, double[] nameWeight) {
        if (p.method() == MatchMethod.INITIAL) {
            return p.weight();
        }
        double w = 0;
        for (int j = p.nFirst(); j <= p.nLast(); j++) {
            w += nameWeight[j];
        }
        return w;
    }

    private static long mask(int first, int last) {
        return ((1L << (last - first + 1)) - 1) << first;
    }
}
