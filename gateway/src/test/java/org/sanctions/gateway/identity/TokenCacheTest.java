package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.ForgedTokens;
import org.sanctions.gateway.support.KeycloakAdmin;
import org.sanctions.gateway.support.Refusals;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.Tokens;

/**
 * Real tokens from the test Keycloak through the gateway with the token cache on: a token's second call is answered
 * from the cache (the hit counter moves) with the roles of its first, and the cache never lets through what the
 * full check would refuse: an expired token, or a cached token with one byte changed.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class TokenCacheTest {

    private static final String SEARCH = "/api/v1/search";

    @Inject
    MeterRegistry registry;

    @Test
    void aTokensLaterCallsAreAnsweredFromTheCacheWithItsRoles() {
        String token = Tokens.user("officer");
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(200);

        double before = hits();
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("officer"))
                .body("clientId", equalTo("sanctions-cli"))
                .body("roles", hasItem("compliance-officer"))
                .body("roles", not(hasItem("registry-editor")));
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/parties").then().statusCode(403)
                .body("type", equalTo("urn:sanctions:problem:forbidden"));

        assertThat(hits() - before).as("all three answered from the cache").isEqualTo(3);
    }

    @Test
    void aCachedTokenWithOneByteChangedIsRefused() throws Exception {
        String token = Tokens.user("officer");
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(200);
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(200);

        int signature = token.lastIndexOf('.') + 5;
        assertRefusedBeforeForwarding(replaceAt(token, signature));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .replace("compliance-officer", "registry-editor");
        String[] parts = token.split("\\.");
        assertRefusedBeforeForwarding(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2]);
        assertRefusedBeforeForwarding(ForgedTokens.signedWithForeignKey(ForgedTokens.claimsOf(token),
                ForgedTokens.keyIdOf(token)));

        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(200);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws Exception {
        String clientId = KeycloakAdmin.createServiceClient(List.of("basic", "roles", "profile", "sanctions-api"), 10);
        String token = Tokens.client(clientId, clientId);
        // known but without a role that may search: 403, and from the second call on out of the cache
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(403);
        double before = hits();
        given().auth().oauth2(token).when().get(SEARCH).then().statusCode(403);
        assertThat(hits() - before).isEqualTo(1);

        Instant expiry = Instant.ofEpochMilli(ForgedTokens.claimsOf(token).getExpirationTime().getValueInMillis());
        await().pollDelay(Duration.ofMillis(Math.max(0, Duration.between(Instant.now(), expiry).toMillis())))
                .atMost(Duration.ofSeconds(20)).until(() -> !Instant.now().isBefore(expiry));

        assertRefusedBeforeForwarding(token);
    }

    private double hits() {
        return registry.counter("gateway.token.cache", "result", "hit").count();
    }

    private static String replaceAt(String token, int index) {
        char changed = token.charAt(index) == 'A' ? 'B' : 'A';
        return token.substring(0, index) + changed + token.substring(index + 1);
    }

    private static void assertRefusedBeforeForwarding(String token) {
        Refusals.assertTokenRefusedBeforeForwarding(SEARCH, token);
    }
}
