package org.sanctions.lookup.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests that need the shared real data must fail naming the missing path, never pass silently. */
class SharedDataTest {

    @Test
    void missingFileFailsNamingThePath() {
        String saved = System.getProperty("sanctions.project.root");
        System.setProperty("sanctions.project.root", "/nonexistent/repo");
        try {
            assertThatThrownBy(() -> SharedData.file("ofac_sdn_2024-05/sdn.csv"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/nonexistent/shared/data/ofac_sdn_2024-05/sdn.csv");
        } finally {
            if (saved == null) {
                System.clearProperty("sanctions.project.root");
            } else {
                System.setProperty("sanctions.project.root", saved);
            }
        }
    }
}
