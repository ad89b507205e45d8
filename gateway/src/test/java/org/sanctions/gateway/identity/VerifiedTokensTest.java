package org.sanctions.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens on its own: what it keeps, for how long, and what it hands to a later request. */
class VerifiedTokensTest {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    @Test
    void aVerifiedTokenIsAnsweredWithItsIdentityBoundToTheNewRequest() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5));
        RoutingContext first = request();
        tokens.remember("token-a", identity("officer", Instant.now().plusSeconds(300), first));

        RoutingContext second = request();
        SecurityIdentity hit = tokens.lookup("token-a", second);

        assertThat(hit).isNotNull();
        assertThat(hit.getPrincipal().getName()).isEqualTo("officer");
        assertThat(hit.getRoles()).containsExactly("compliance-officer");
        assertThat((Object) hit.getAttribute(ROUTING_CONTEXT)).isSameAs(second);
        assertThat(tokens.lookup("token-a-with-another-byte", second)).as("another token is a miss").isNull();
    }

    @Test
    void anExpiredTokenIsNeverAnswered() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5));
        tokens.remember("old", identity("auditor", Instant.now().minusSeconds(1), request()));
        assertThat(tokens.lookup("old", request())).isNull();
    }

    @Test
    void anIdentityWithoutAnExpiryOrAnAnonymousOneIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5));
        tokens.remember("no-exp", QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("x")).build());
        tokens.remember("anonymous", QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        assertThat(tokens.lookup("no-exp", request())).isNull();
        assertThat(tokens.lookup("anonymous", request())).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void sizeZeroTurnsTheCacheOff() {
        VerifiedTokens tokens = new VerifiedTokens(0, Duration.ofMinutes(5));
        tokens.remember("token-a", identity("officer", Instant.now().plusSeconds(300), request()));
        assertThat(tokens.lookup("token-a", request())).isNull();
    }

    @Test
    void theKeptIdentityHoldsNoRequest() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5));
        tokens.remember("token-a", identity("officer", Instant.now().plusSeconds(300), request()));
        assertThat((Object) tokens.lookup("token-a", null).getAttribute(ROUTING_CONTEXT)).isNull();
    }

    private static SecurityIdentity identity(String name, Instant expiry, RoutingContext request) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRole("compliance-officer")
                .addAttribute(VerifiedTokens.EXPIRE_TIME, expiry.getEpochSecond())
                .addAttribute(ROUTING_CONTEXT, request).build();
    }

    /** A stand-in routing context: only its identity matters here, and get() of an attribute answers null. */
    private static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "request";
                    default -> null;
                });
    }
}
