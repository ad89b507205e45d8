package org.sanctions.lookup.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/** Analysts search the index in any script and get facet counts. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class SearchApiTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void searchesInCyrillicWithFacets() {
        given().queryParam("q", "Путин").get("/api/v1/search").then().statusCode(200)
                .body("hits.partyId", hasItem(TestParties.PUTIN))
                .body("facets.kind.PERSON", equalTo(1))
                .body("facets.program.RUSSIA-EO14024", equalTo(1));
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void rejectsEmptyQuery() {
        given().queryParam("q", "").get("/api/v1/search").then().statusCode(400)
                .body("violations.field", hasItem("q"));
    }

    @Test
    @TestSecurity(user = "bank", roles = "screening-client")
    void screeningClientsCannotBrowse() {
        given().queryParam("q", "Putin").get("/api/v1/search").then().statusCode(403);
    }
}
