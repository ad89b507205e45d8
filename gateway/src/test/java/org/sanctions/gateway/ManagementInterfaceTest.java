package org.sanctions.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.ManagementPort;
import org.sanctions.testkit.KeycloakResource;

/**
 * Health and metrics answer on the management port only; on the public port they are unknown paths. The metrics
 * label a forwarded call with its route pattern, so no id of a path ever becomes a label.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class ManagementInterfaceTest {

    @Inject
    HttpServer server;


    @Test
    void reportsReadyOnTheManagementPort() {
        given().when().get(ManagementPort.url(server, "/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void answersNotFoundForHealthAndMetricsOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void labelsForwardedCallsWithTheirRouteNotTheirPath() {
        String answered = UUID.randomUUID().toString();
        String unauthenticated = UUID.randomUUID().toString();
        String wrongMethod = UUID.randomUUID().toString();
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/parties/" + answered).then()
                .statusCode(200);
        given().when().get("/api/v1/parties/" + unauthenticated).then().statusCode(401);
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().delete("/api/v1/parties/" + wrongMethod).then()
                .statusCode(405);

        String scraped = given().when().get(ManagementPort.url(server, "/q/metrics")).then().statusCode(200).extract().asString();

        assertThat(scraped).contains("uri=\"/api/v1/parties/**\"")
                .doesNotContain(answered).doesNotContain(unauthenticated).doesNotContain(wrongMethod);
    }
}
