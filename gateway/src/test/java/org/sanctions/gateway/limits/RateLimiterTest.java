package org.sanctions.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per client and per user of a client, on a clock the test moves by hand. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final RateLimiter limiter = new RateLimiter(config(), now::get);

    @Test
    void grantsTheBurstAtOnceThenAsksToWaitForTheNextToken() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.acquire("bank-demo")).as("request %d", i).isZero();
        }
        assertThat(limiter.acquire("bank-demo")).isEqualTo(1);

        now.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("bank-demo")).isZero();
        assertThat(limiter.acquire("bank-demo")).isEqualTo(1);
    }

    @Test
    void refillsUpToTheBurstOnly() {
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.acquire("bank-demo")).isZero();
        }
        assertThat(limiter.acquire("bank-demo")).isPositive();
    }

    @Test
    void appliesAClientsOwnLimitAndRoundsTheWaitUp() {
        assertThat(limiter.acquire("slow-client")).isZero();
        assertThat(limiter.acquire("slow-client")).isEqualTo(4);
        assertThat(limiter.acquire("bank-demo")).as("other clients have their own bucket").isZero();
    }

    @Test
    void givesEachUserOfASharedClientTheirOwnBucket() {
        assertThat(limiter.acquire("sanctions-cli", "officer-sub")).isZero();
        assertThat(limiter.acquire("sanctions-cli", "officer-sub")).isZero();
        assertThat(limiter.acquire("sanctions-cli", "officer-sub")).as("over the user burst of 2").isEqualTo(1);
        assertThat(limiter.acquire("sanctions-cli", "auditor-sub")).as("another user of the client").isZero();
    }

    @Test
    void countsUsersUnderTheirClientsBucket() {
        for (int user = 0; user < 2; user++) {
            for (int i = 0; i < 2; i++) {
                assertThat(limiter.acquire("sanctions-cli", "user-" + user)).isZero();
            }
        }
        assertThat(limiter.acquire("sanctions-cli", "user-2")).as("the client's burst of 4 is spent").isEqualTo(1);
        assertThat(limiter.acquire("bank-demo")).as("a machine client has its own bucket").isZero();
    }

    private static LimitsConfig config() {
        LimitsConfig.Client slow = new LimitsConfig.Client() {
            @Override
            public Optional<Double> perSecond() {
                return Optional.of(0.25);
            }

            @Override
            public Optional<Integer> burst() {
                return Optional.of(1);
            }

            @Override
            public Optional<Integer> jobsInFlight() {
                return Optional.empty();
            }
        };
        return new LimitsConfig() {
            @Override
            public double perSecond() {
                return 2;
            }

            @Override
            public int burst() {
                return 4;
            }

            @Override
            public PerUser perUser() {
                return new PerUser() {
                    @Override
                    public double perSecond() {
                        return 1;
                    }

                    @Override
                    public int burst() {
                        return 2;
                    }
                };
            }

            @Override
            public int jobsInFlight() {
                return 1;
            }

            @Override
            public Duration jobsRetryAfter() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Map<String, Client> clients() {
                return Map.of("slow-client", slow);
            }

            @Override
            public Body body() {
                throw new UnsupportedOperationException("the rate limiter does not look at body limits");
            }

            @Override
            public int maxTargetLength() {
                throw new UnsupportedOperationException("the rate limiter does not look at request heads");
            }

            @Override
            public MemorySize maxHeaderBytes() {
                throw new UnsupportedOperationException("the rate limiter does not look at request heads");
            }
        };
    }
}
