package org.sanctions.lookup.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.testkit.PostgresResource;

/** The authorization matrix of README.md ("Endpoints"), route by route, for each role (and no token). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class AuthorizationTest {

    private static final String[][] SCREENING_ROUTES = {
        {"POST", "/api/v1/screenings", "{\"name\":\"Carrie Lam\"}"},
        {"POST", "/api/v1/screenings/batch", "{\"items\":[{\"name\":\"Carrie Lam\"}]}"},
    };
    private static final String[][] AUDITOR_ROUTES = {
        {"GET", "/api/v1/screenings/" + UUID.randomUUID(), null},
        {"GET", "/api/v1/screenings", null},
    };

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void withoutTokenEverythingIs401() {
        expect(SCREENING_ROUTES, 401);
        expect(AUDITOR_ROUTES, 401);
        given().get("/api/v1/screening-jobs/" + UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "bank", roles = "screening-client")
    void screeningClientScreensButReadsNoEvidence() {
        expectAllowed(SCREENING_ROUTES);
        expect(AUDITOR_ROUTES, 403);
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void complianceOfficerScreensButReadsNoEvidence() {
        expectAllowed(SCREENING_ROUTES);
        expect(AUDITOR_ROUTES, 403);
    }

    @Test
    @TestSecurity(user = "editor", roles = "registry-editor")
    void registryEditorScreens() {
        expectAllowed(SCREENING_ROUTES);
        expect(AUDITOR_ROUTES, 403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorReadsEvidenceButDoesNotScreen() {
        expect(SCREENING_ROUTES, 403);
        expectAllowed(AUDITOR_ROUTES);
        given().get("/api/v1/screening-jobs/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "lookup-service", roles = "feed-reader")
    void feedReaderHasNoScreeningAccess() {
        expect(SCREENING_ROUTES, 403);
        expect(AUDITOR_ROUTES, 403);
    }

    private static void expect(String[][] routes, int status) {
        for (String[] r : routes) {
            call(r).then().statusCode(status).contentType("application/problem+json")
                    .body("status", equalTo(status));
        }
    }

    private static void expectAllowed(String[][] routes) {
        for (String[] r : routes) {
            call(r).then().statusCode(not(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(403))));
        }
    }

    private static io.restassured.response.Response call(String[] route) {
        var request = given().contentType(ContentType.JSON);
        if (route[2] != null) {
            request.body(route[2]);
        }
        return route[0].equals("POST") ? request.post(route[1]) : request.get(route[1]);
    }
}
