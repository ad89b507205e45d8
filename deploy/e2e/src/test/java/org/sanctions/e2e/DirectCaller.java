package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.sanctions.testkit.Tokens;

/**
 * Who calls a service directly, and the bearer token it presents: real Keycloak tokens of the demo accounts, none,
 * and tokens a service must refuse (forged signature, {@code alg: none}, wrong audience, expired).
 */
enum DirectCaller {
    OFFICER, AUDITOR, EDITOR, BANK_DEMO, NO_TOKEN,
    /** The officer's real claims and Keycloak's key id, signed by a key Keycloak never saw. */
    FORGED_WITH_KEYCLOAK_KID,
    /** The officer's real claims, signed by a local key under an id Keycloak does not publish. */
    FORGED_WITH_UNKNOWN_KID,
    /** The officer's real claims, unsigned ({@code alg: none}). */
    UNSIGNED,
    /** A real token of a test client holding compliance-officer, with the realm's default scopes: the control. */
    TEST_CLIENT,
    /** A real token of a test client holding compliance-officer whose tokens lack the sanctions-api audience. */
    WRONG_AUDIENCE,
    /** A real token of a client holding compliance-officer, used after its {@code exp}. */
    EXPIRED;

    private static final String TEST_CLIENT_ID = "direct-auth-client";
    private static final String NO_AUDIENCE_CLIENT = "direct-auth-no-audience";
    private static final String SHORT_LIVED_CLIENT = "direct-auth-short-lived";
    private static final int SHORT_LIFESPAN_SECONDS = 2;
    private static String expired;

    /** The token to send, or null for no Authorization header. */
    String token(RunningSystem system) {
        return switch (this) {
            case OFFICER, AUDITOR, EDITOR -> Tokens.user(name().toLowerCase());
            case BANK_DEMO -> Tokens.bankDemo();
            case NO_TOKEN -> null;
            case FORGED_WITH_KEYCLOAK_KID -> forged(Tokens.user("officer"), true);
            case FORGED_WITH_UNKNOWN_KID -> forged(Tokens.user("officer"), false);
            case UNSIGNED -> unsigned(Tokens.user("officer"));
            case TEST_CLIENT -> new TestClients(system.keycloak()).ensureServiceClient(
                    Map.of("clientId", TEST_CLIENT_ID, "secret", TEST_CLIENT_ID), "compliance-officer");
            case WRONG_AUDIENCE -> withoutAudience(system);
            case EXPIRED -> expired(system);
        };
    }

    private static String forged(String real, boolean keycloakKid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(part(real, 1));
            jws.setKey(key.getPrivateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(keycloakKid ? header(real).path("kid").asText() : "direct-auth-local-key");
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a forged token", e);
        }
    }

    private static String unsigned(String real) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + real.split("\\.")[1] + ".";
    }

    private static String withoutAudience(RunningSystem system) {
        // only the realm's default scopes minus sanctions-api, whose mapper adds the audience
        Map<String, Object> client = Map.of("clientId", NO_AUDIENCE_CLIENT, "secret", NO_AUDIENCE_CLIENT,
                "defaultClientScopes", List.of("basic", "acr", "profile", "roles", "service_account"));
        String token = new TestClients(system.keycloak()).ensureServiceClient(client, "compliance-officer");
        JsonNode claims = Tokens.claims(token);
        if (claims.path("aud").toString().contains(Tokens.AUDIENCE)) {
            throw new IllegalStateException("the test client's token still carries the audience: " + claims);
        }
        return token;
    }

    /** One short-lived token for the whole run, waited on until it is past its expiry. */
    private static synchronized String expired(RunningSystem system) {
        if (expired == null) {
            Map<String, Object> client = Map.of("clientId", SHORT_LIVED_CLIENT, "secret", SHORT_LIVED_CLIENT,
                    "attributes", Map.of("access.token.lifespan", Integer.toString(SHORT_LIFESPAN_SECONDS)));
            String token = new TestClients(system.keycloak()).ensureServiceClient(client, "compliance-officer");
            JsonNode claims = Tokens.claims(token);
            long lifespan = claims.path("exp").asLong() - claims.path("iat").asLong();
            if (lifespan > SHORT_LIFESPAN_SECONDS || !claims.path("aud").toString().contains(Tokens.AUDIENCE)) {
                throw new IllegalStateException("not a short-lived sanctions-api token: " + claims);
            }
            // a few seconds past exp, so that no clock-skew allowance can still accept it
            sleepUntil(Instant.ofEpochSecond(claims.path("exp").asLong()).plus(Duration.ofSeconds(5)));
            expired = token;
        }
        return expired;
    }

    private static JsonNode header(String token) {
        try {
            return JsonHttp.JSON.readTree(part(token, 0));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JWT header", e);
        }
    }

    /** A decoded part of a compact JWT: 0 the header, 1 the claims. */
    private static String part(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a token to expire", e);
            }
        }
    }
}
