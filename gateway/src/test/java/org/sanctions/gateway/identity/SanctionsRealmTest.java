package org.sanctions.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctions.testkit.TestKeycloak;
import org.sanctions.testkit.Tokens;

/** The realm export behaves as README.md ("Tokens") says: who gets which roles, audience, and which grants are refused. */
class SanctionsRealmTest {

    private static final List<String> APP_ROLES =
            List.of("registry-editor", "compliance-officer", "auditor", "screening-client", "feed-reader");

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("bank-demo", (Supplier<String>) Tokens::bankDemo, List.of("screening-client")),
                Arguments.of("lookup-service", (Supplier<String>) Tokens::lookupService, List.of("feed-reader")),
                Arguments.of("editor", (Supplier<String>) () -> Tokens.user("editor"),
                        List.of("registry-editor", "compliance-officer")),
                Arguments.of("editor2", (Supplier<String>) () -> Tokens.user("editor2"),
                        List.of("registry-editor", "compliance-officer")),
                Arguments.of("officer", (Supplier<String>) () -> Tokens.user("officer"), List.of("compliance-officer")),
                Arguments.of("auditor", (Supplier<String>) () -> Tokens.user("auditor"), List.of("auditor")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void issuesTokenWithExactlyTheCallersRolesForTheApi(String caller, Supplier<String> token, List<String> roles) {
        JsonNode claims = Tokens.claims(token.get());

        assertThat(appRoles(claims)).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(audiences(claims)).contains(Tokens.AUDIENCE);
        assertThat(claims.path("iss").asText()).isEqualTo(TestKeycloak.server().realmUrl());
        assertThat(claims.path("sub").asText()).isNotBlank();
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertThat(lifetime).isBetween(300L, 900L);
    }

    static Stream<Arguments> refusedGrants() {
        return Stream.of(
                Arguments.of("public CLI has no service account",
                        Map.of("grant_type", "client_credentials", "client_id", "sanctions-cli")),
                Arguments.of("bank system cannot log users in", Map.of("grant_type", "password",
                        "client_id", "bank-demo", "client_secret", "bank-demo-secret",
                        "username", "officer", "password", "officer")),
                Arguments.of("browser UI allows no password grant", Map.of("grant_type", "password",
                        "client_id", "sanctions-ui", "username", "officer", "password", "officer")),
                Arguments.of("wrong client secret", Map.of("grant_type", "client_credentials",
                        "client_id", "bank-demo", "client_secret", "guess")),
                Arguments.of("wrong password", Map.of("grant_type", "password", "client_id", "sanctions-cli",
                        "username", "officer", "password", "editor")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedGrants")
    void refusesGrantsOutsideEachClientsPurpose(String why, Map<String, String> form) {
        var response = Tokens.request(form);

        assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void identifiesBankSystemByClientAndServiceAccountName() {
        JsonNode claims = Tokens.claims(Tokens.bankDemo());

        assertThat(claims.path("azp").asText()).isEqualTo("bank-demo");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("service-account-bank-demo");
        assertThat(appRoles(claims)).containsExactly("screening-client");
    }

    private static List<String> appRoles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles.stream().filter(APP_ROLES::contains).toList();
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> audiences = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else {
            audiences.add(aud.asText());
        }
        return audiences;
    }
}
