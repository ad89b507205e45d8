package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.ForgedTokens;
import org.sanctions.gateway.support.KeycloakAdmin;
import org.sanctions.gateway.support.Refusals;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/**
 * Tokens the gateway must refuse before anything is forwarded: forged signatures, alg none, HMAC with the realm's
 * public key, another realm, a missing API audience, expiry. Each is otherwise a perfect copy of a real token.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class TokenValidationTest {

    private static final String SEARCH = "/api/v1/search";

    @Test
    void admitsTheGenuineToken() {
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get(SEARCH).then().statusCode(200);
    }

    @Test
    void refusesRealClaimsSignedWithAnotherKeyUnderTheRealmsKeyId() {
        String real = DemoCaller.OFFICER.token();
        assertRefusedBeforeForwarding(
                ForgedTokens.signedWithForeignKey(ForgedTokens.claimsOf(real), ForgedTokens.keyIdOf(real)));
    }

    @Test
    void refusesRealClaimsSignedWithAnotherKeyUnderAnUnknownKeyId() {
        String real = DemoCaller.OFFICER.token();
        assertRefusedBeforeForwarding(ForgedTokens.signedWithForeignKey(ForgedTokens.claimsOf(real), "attacker"));
    }

    @Test
    void refusesUnsignedTokenWithAlgNone() {
        String forged = ForgedTokens.unsigned(ForgedTokens.claimsOf(DemoCaller.OFFICER.token()));
        assertThat(forged).endsWith(".");
        assertRefusedBeforeForwarding(forged);
    }

    @Test
    void refusesHmacTokenKeyedWithTheRealmsPublicKey() throws Exception {
        String real = DemoCaller.OFFICER.token();
        String kid = ForgedTokens.keyIdOf(real);
        String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestKeycloak.server().realmUrl() + "/protocol/openid-connect/certs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var realmKey = (PublicJsonWebKey) new JsonWebKeySet(jwks).findJsonWebKey(kid, null, null, null);
        assertRefusedBeforeForwarding(ForgedTokens.signedWithHmac(ForgedTokens.claimsOf(real),
                realmKey.getPublicKey().getEncoded(), kid));
    }

    @Test
    void refusesTokenFromAnotherRealm() {
        assertRefusedBeforeForwarding(Tokens.masterAdmin());
    }

    @Test
    void refusesTokenOfTheRealmWithoutTheApiAudience() throws Exception {
        String clientId = KeycloakAdmin.createServiceClient(List.of("basic", "roles", "profile"), 300);
        String token = Tokens.client(clientId, clientId);
        JwtClaims claims = ForgedTokens.claimsOf(token);
        assertThat(claims.getIssuer()).isEqualTo(TestKeycloak.server().realmUrl());
        assertThat(claims.getAudience()).doesNotContain(Tokens.AUDIENCE);

        assertRefusedBeforeForwarding(token);
    }

    @Test
    void refusesTokenOnceItHasExpired() throws Exception {
        String clientId = KeycloakAdmin.createServiceClient(List.of("basic", "roles", "profile", "sanctions-api"), 10);
        String token = Tokens.client(clientId, clientId);
        // valid while fresh: known, but this client has no role that may search
        int fresh = given().auth().oauth2(token).when().get(SEARCH).then().extract().statusCode();
        assertThat(fresh).as("fresh token %s at %s", ForgedTokens.claimsOf(token).toJson(), Instant.now())
                .isEqualTo(403);

        long expiry = ForgedTokens.claimsOf(token).getExpirationTime().getValueInMillis();
        Thread.sleep(Math.max(0, expiry - Instant.now().toEpochMilli()) + 1500);

        assertRefusedBeforeForwarding(token);
    }

    private static void assertRefusedBeforeForwarding(String token) {
        Refusals.assertTokenRefusedBeforeForwarding(SEARCH, token);
    }
}
