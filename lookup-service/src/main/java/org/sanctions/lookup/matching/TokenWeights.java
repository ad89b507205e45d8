package org.sanctions.lookup.matching;

/** Evidence weight of a token: rare in the index and in the population means strong, common or particle means weak. */
final class TokenWeights {

    private final Vocabulary vocabulary;
    private final ScoringWeights weights;
    private final double logN;
    private final double logRef;

    TokenWeights(Vocabulary vocabulary, ScoringWeights weights, int liveNames) {
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.logN = Math.log(liveNames + 1.0);
        // a token in three names or fewer counts fully
        this.logRef = Math.max(1.0, logN - Math.log(3.5));
    }

    /** Weight of a vocabulary token (role not applied). */
    double of(int vocabId) {
        TokenFeatures f = vocabulary.features(vocabId);
        double idf = (logN - Math.log(vocabulary.frequency(vocabId) + 0.5)) / logRef;
        double w = Math.min(1.0, Math.max(0.15, idf));
        return f.common() ? w * weights.commonFactor() : w;
    }

    /** Weight of a token the index has never seen: rare by definition, unless it is a common name. */
    double ofUnknown(TokenFeatures f) {
        return f.common() ? weights.commonFactor() : 1.0;
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
