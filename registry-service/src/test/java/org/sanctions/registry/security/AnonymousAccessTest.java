package org.sanctions.registry.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctions.testkit.PostgresResource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class AnonymousAccessTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    void enforcesTheMatrix(Route route) {
        AccessMatrix.check(route, null);
    }

    @Test
    void challengesForABearerToken() {
        given().get("/api/v1/parties").then().statusCode(401).header("WWW-Authenticate", "Bearer realm=\"sanctions\"");
    }

    @Test
    void keepsHealthAndApiDocsOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
