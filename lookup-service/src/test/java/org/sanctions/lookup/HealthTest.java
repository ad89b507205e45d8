package org.sanctions.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.testkit.PostgresResource;

/** Health, OpenAPI and metrics of the running service. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class HealthTest {

    @Test
    void reportsReadyOnceTheIndexIsLoadedFromTheRegistry() {
        Eventually.within(Duration.ofSeconds(20), () -> given().when().get("/q/health/ready").then()
                .statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'screening-index' }.data.parties", greaterThanOrEqualTo(3)));
    }

    @Test
    void servesOpenApiAndMetrics() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
