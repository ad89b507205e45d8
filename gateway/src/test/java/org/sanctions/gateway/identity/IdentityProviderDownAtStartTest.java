package org.sanctions.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.ManagementPort;

/**
 * The trap of RECIPES.md: a gateway started while the identity provider is unreachable cannot verify any token.
 * It must say so (503 problem with Retry-After, readiness down), not answer 500, and never let a request through.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownAtStartTest.NoIdentityProvider.class)
class IdentityProviderDownAtStartTest {

    @Inject
    HttpServer server;


    /** The realm URL points at a port where nothing listens. */
    public static class NoIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://localhost:" + FakeUpstreamsResource.unusedPort() + "/realms/sanctions";
            return Map.of("quarkus.oidc.auth-server-url", nowhere, "quarkus.oidc.connection-timeout", "1S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeUpstreamsResource.class));
        }
    }

    @Test
    void answersServiceUnavailableForATokenItCannotVerify() {
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/search").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("urn:sanctions:problem:upstream-unavailable"));
    }

    @Test
    void stillAsksForATokenWhenThereIsNone() {
        given().when().get("/api/v1/search").then().statusCode(401);
    }

    @Test
    void reportsNotReady() {
        given().when().get(ManagementPort.url(server, "/q/health/ready")).then().statusCode(503);
    }
}
