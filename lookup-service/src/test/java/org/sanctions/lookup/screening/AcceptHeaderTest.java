package org.sanctions.lookup.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A type is chosen when asked for over the other: by q, then by order; merely being listed is not enough. */
class AcceptHeaderTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String JSON = "application/json";

    @Test
    void prefersTheTypeListedFirstAtEqualQuality() {
        assertThat(AcceptHeader.prefers("application/json, application/x-ndjson, application/problem+json",
                NDJSON, JSON)).isFalse();
        assertThat(AcceptHeader.prefers("application/x-ndjson, application/json", NDJSON, JSON)).isTrue();
        assertThat(AcceptHeader.prefers(NDJSON, NDJSON, JSON)).isTrue();
    }

    @Test
    void prefersTheTypeOfHigherQuality() {
        assertThat(AcceptHeader.prefers("application/json;q=0.5, application/x-ndjson", NDJSON, JSON)).isTrue();
        assertThat(AcceptHeader.prefers("Application/X-NDJSON;q=0.9, application/json", NDJSON, JSON)).isFalse();
        assertThat(AcceptHeader.prefers("application/x-ndjson;q=0", NDJSON, JSON)).isFalse();
    }

    @Test
    void doesNotPreferATypeThatIsNotListed() {
        assertThat(AcceptHeader.prefers(null, NDJSON, JSON)).isFalse();
        assertThat(AcceptHeader.prefers("*/*", NDJSON, JSON)).isFalse();
        assertThat(AcceptHeader.prefers(JSON, NDJSON, JSON)).isFalse();
    }
}
