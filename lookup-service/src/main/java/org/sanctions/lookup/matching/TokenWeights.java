package org.sanctions.lookup.matching;

/**
 * Evidence weight of a token: rare in the index and in the population means strong, common or particle means weak.
 * The index alone cannot say how common a name is among customers: on a small index (the demo's 50 names) every
 * token looks rare. So IDF is computed as if the index had at least {@link #REFERENCE_NAMES} names, and a name of
 * the common-names list never weighs more than its population prior, whatever the index says.
 */
final class TokenWeights {

    /** An index smaller than a typical list is read as a sample of one this size (the SDN has about 40,000 names). */
    static final int REFERENCE_NAMES = 20_000;
    /**
     * IDF of a very common given name or surname in any population: one customer in a few hundred is a John or a Lee
     * (about what the full SDN measures for them, 0.6-0.75), so the index may lower it but never raise it.
     */
    static final double COMMON_PRIOR_IDF = 0.7;

    private final Vocabulary vocabulary;
    private final ScoringWeights weights;
    private final double logN;
    private final double logRef;

    private final long[] cache;
    private final int generation;

    /** cache: one word per vocabulary token shared by all screenings of one index state (generation). */
    TokenWeights(Vocabulary vocabulary, ScoringWeights weights, int liveNames, long[] cache, int generation) {
        this.cache = cache;
        this.generation = generation;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.logN = Math.log(Math.max(liveNames, REFERENCE_NAMES) + 1.0);
        // a token in three names or fewer counts fully
        this.logRef = Math.max(1.0, logN - Math.log(3.5));
    }

    /** Weight of a vocabulary token (role not applied), computed once per index state. */
    double of(int vocabId) {
        long cached = vocabId < cache.length ? cache[vocabId] : 0;
        if ((int) (cached >>> 32) == generation) {
            return Float.intBitsToFloat((int) cached);
        }
        float w = (float) compute(vocabId);
        if (vocabId < cache.length) {
            // one 64-bit store: a concurrent reader sees the old or the new entry, never half of each
            cache[vocabId] = ((long) generation << 32) | (Float.floatToIntBits(w) & 0xFFFFFFFFL);
        }
        return w;
    }

    private double compute(int vocabId) {
        TokenFeatures f = vocabulary.features(vocabId);
        double idf = (logN - Math.log(vocabulary.frequency(vocabId) + 0.5)) / logRef;
        double w = Math.min(1.0, Math.max(0.15, idf));
        return f.common() ? Math.min(w, COMMON_PRIOR_IDF) * weights.commonFactor() : w;
    }

    /** Weight of a token the index has never seen: rare by definition, unless it is a common name. */
    double ofUnknown(TokenFeatures f) {
        return f.common() ? COMMON_PRIOR_IDF * weights.commonFactor() : 1.0;
    }

    /** Evidence a query unit can carry: a common name stays weak even when it resembles a rare listed token. */
    double ofQueryUnit(QueryPlan.Unit u) {
        if (u.isJoin()) {
            return u.queryWeight >= 0 ? u.queryWeight : 2.0;
        }
        if (u.queryWeight < 0) {
            double w = u.exactVocab >= 0 ? of(u.exactVocab) : ofUnknown(u.features);
            if (u.bestVocab >= 0) {
                w = Math.min(w, of(u.bestVocab));
            }
            u.queryWeight = w * roleFactor(u.role);
        }
        return u.queryWeight;
    }

    double roleFactor(TokenRole role) {
        switch (role) {
            case PARTICLE:
                return weights.particleFactor();
            case INITIAL:
                return weights.initialFactor();
            case PATRONYMIC:
                return weights.patronymicFactor();
            default:
                return 1.0;
        }
    }
}
