package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The configuration hash ties a result to the weights and word lists it was computed with. */
class EngineIdentityTest {

    @Test
    void hashIsStableForOneConfigurationAndChangesWithTheWeights() {
        ScoringWeights defaults = ScoringWeights.defaults();
        assertThat(EngineIdentity.configHash(defaults)).matches("[0-9a-f]{16}")
                .isEqualTo(EngineIdentity.configHash(defaults));
        assertThat(EngineIdentity.configHash(defaults.withThreshold(0.7)))
                .isNotEqualTo(EngineIdentity.configHash(defaults));
    }

    @Test
    void everyWordListTheLexiconReadsIsInTheHash() {
        for (String list : EngineIdentity.WORD_LISTS) {
            assertThat(EngineIdentity.class.getResource(list)).as(list).isNotNull();
        }
        assertThat(EngineIdentity.WORD_LISTS).contains("abbreviations.txt", "generic-words.txt", "legal-forms.txt");
    }
}
