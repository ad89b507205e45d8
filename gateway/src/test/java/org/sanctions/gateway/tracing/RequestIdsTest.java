package org.sanctions.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "req-42", "6f1c0d1e-2b7a-4d8e-9c3f-0a1b2c3d4e5f", "bank.batch_7:item-19"})
    void keepsPlausibleIds(String offered) {
        assertThat(RequestIds.acceptOrGenerate(offered)).isEqualTo(offered);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "two words", "line\nbreak", "<script>", "ünïcode", "semi;colon"})
    void replacesAnythingElseWithAUuid(String offered) {
        String id = RequestIds.acceptOrGenerate(offered);
        assertThat(id).isNotEqualTo(offered);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129})
    void acceptsAtMost128Characters(int length) {
        String offered = "x".repeat(length);
        assertThat(RequestIds.acceptOrGenerate(offered).equals(offered)).isEqualTo(length <= 128);
    }
}
