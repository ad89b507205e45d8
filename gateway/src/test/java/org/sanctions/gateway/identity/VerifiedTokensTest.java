package org.sanctions.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens on its own, on a clock the test moves: what it keeps, how long, how many. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private final MovingClock clock = new MovingClock();

    @Test
    void answersAVerifiedTokenWithItsIdentityAndRolesButNoOtherToken() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        tokens.remember("token-a", identity("officer", START.plusSeconds(300)));

        SecurityIdentity hit = tokens.lookup("token-a", null);

        assertThat(hit).isNotNull();
        assertThat(hit.getPrincipal().getName()).isEqualTo("officer");
        assertThat(hit.getRoles()).containsExactly("compliance-officer");
        assertThat(tokens.lookup("token-b", null)).as("another token is a miss").isNull();
        assertThat(tokens.lookup("token-a ", null)).as("one byte more is a miss").isNull();
    }

    @Test
    void refusesACachedTokenFromTheSecondItExpires() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        tokens.remember("token-a", identity("officer", START.plusSeconds(60)));

        clock.now = START.plusSeconds(59);
        assertThat(tokens.lookup("token-a", null)).isNotNull();
        clock.now = START.plusSeconds(60);
        assertThat(tokens.lookup("token-a", null)).isNull();
        assertThat(tokens.size()).as("dropped once seen expired").isZero();
    }

    @Test
    void keepsATokenNoLongerThanTheMaximumLifetime() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        tokens.remember("long-lived", identity("officer", START.plus(Duration.ofHours(10))));

        clock.now = START.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(tokens.lookup("long-lived", null)).isNotNull();
        clock.now = START.plus(Duration.ofMinutes(5));
        assertThat(tokens.lookup("long-lived", null)).isNull();
    }

    @Test
    void neverKeepsAnAlreadyExpiredAnonymousOrExpiryLessIdentity() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        tokens.remember("expired", identity("auditor", START.minusSeconds(1)));
        tokens.remember("no-exp", QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("x")).build());
        tokens.remember("anonymous", QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(tokens.size()).isZero();
    }

    @Test
    void holdsAtMostMaxSizeTokensAndMakesRoomByDroppingExpiredOnes() {
        VerifiedTokens tokens = cache(2, Duration.ofMinutes(5));
        tokens.remember("short", identity("a", START.plusSeconds(10)));
        tokens.remember("long", identity("b", START.plusSeconds(200)));
        tokens.remember("refused-when-full", identity("c", START.plusSeconds(200)));
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.lookup("refused-when-full", null)).isNull();

        clock.now = START.plusSeconds(10);
        tokens.remember("after-expiry", identity("d", START.plusSeconds(200)));
        assertThat(tokens.lookup("after-expiry", null)).isNotNull();
        assertThat(tokens.lookup("long", null)).isNotNull();
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void disabledOrSizeZeroKeepsNothing() {
        VerifiedTokens disabled = new VerifiedTokens(false, 100, Duration.ofMinutes(5), clock);
        VerifiedTokens empty = cache(0, Duration.ofMinutes(5));
        disabled.remember("token-a", identity("officer", START.plusSeconds(300)));
        empty.remember("token-a", identity("officer", START.plusSeconds(300)));

        assertThat(disabled.enabled()).isFalse();
        assertThat(empty.enabled()).isFalse();
        assertThat(disabled.size() + empty.size()).isZero();
    }

    @Test
    void theKeptIdentityHoldsNoRequestOfTheCallThatVerifiedIt() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity("officer", START.plusSeconds(300)))
                .addAttribute(RoutingContext.class.getName(), "the first request").build();
        tokens.remember("token-a", verified);

        assertThat((Object) tokens.lookup("token-a", null).getAttribute(RoutingContext.class.getName())).isNull();
    }

    private VerifiedTokens cache(int maxSize, Duration maxLifetime) {
        return new VerifiedTokens(true, maxSize, maxLifetime, clock);
    }

    private static SecurityIdentity identity(String name, Instant expiry) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRole("compliance-officer")
                .addAttribute(VerifiedTokens.EXPIRE_TIME, expiry.getEpochSecond()).build();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
