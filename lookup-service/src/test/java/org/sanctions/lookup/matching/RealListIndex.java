package org.sanctions.lookup.matching;

import org.sanctions.lookup.evaluation.EvaluationData;

/** The real OFAC SDN 2024-05 and UN lists indexed once per test JVM (read from shared/data, never copied). */
final class RealListIndex {

    private static ScreeningIndex index;

    private RealListIndex() {
    }

    /** Loads the lists on first use; fails naming the missing path when shared/data is absent. */
    static synchronized ScreeningIndex get() {
        if (index == null) {
            ScreeningIndex fresh = new ScreeningIndex(ScoringWeights.defaults());
            fresh.replaceAll(EvaluationData.load().lists());
            index = fresh;
        }
        return index;
    }
}
