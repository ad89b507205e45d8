package org.sanctions.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points {@code quarkus-oidc} at the real test Keycloak ({@link TestKeycloak}), so that
 * tests call the application with real tokens from {@link Tokens}.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestKeycloak keycloak = TestKeycloak.server();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.token.audience", Tokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // one Keycloak serves the whole test JVM; TestKeycloak stops it on exit
    }
}
