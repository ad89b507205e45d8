package org.sanctions.lookup.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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
import org.sanctions.testkit.PostgresResource;

/** The index follows the registry's change feed: writes are screenable within a second; outages are reported. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class FeedFollowingTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void newPartyIsScreenableWithinASecond() {
        String id = UUID.randomUUID().toString();
        FakeRegistry.get().publish("PARTY_CREATED", id, TestParties.person(id, "QUARSHIE-OKONKWO, Babatunde",
                "[]", "1971", "SDGT", "2024-01-10", "ACTIVE", null));

        Eventually.within(Duration.ofSeconds(1), () -> screen("Babatunde Quarshie Okonkwo", null)
                .body("matches.partyId", hasItem(id)));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void revokedMeasureDropsOutUnlessAsOfPredatesIt() {
        String id = UUID.randomUUID().toString();
        FakeRegistry.get().publish("PARTY_CREATED", id, TestParties.person(id, "VANTERPOOL-ADEYEMI, Olusegun",
                "[]", "1968", "SDGT", "2021-03-01", "ACTIVE", null));
        Eventually.within(Duration.ofSeconds(1), () -> screen("Olusegun Vanterpool-Adeyemi", null)
                .body("matches.partyId", hasItem(id)));

        long seq = FakeRegistry.get().publish("MEASURE_REVOKED", id, TestParties.person(id,
                "VANTERPOOL-ADEYEMI, Olusegun", "[]", "1968", "SDGT", "2021-03-01", "REVOKED", "2024-06-30"));

        Eventually.within(Duration.ofSeconds(1), () -> screen("Olusegun Vanterpool-Adeyemi", null)
                .body("listVersion", org.hamcrest.Matchers.greaterThanOrEqualTo((int) seq))
                .body("matches.partyId", not(hasItem(id))));
        screen("Olusegun Vanterpool-Adeyemi", "2023-01-01").body("matches.partyId", hasItem(id));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void keepsServingAndReportsStalenessWhileRegistryIsDown() {
        FakeRegistry registry = FakeRegistry.get();
        registry.setDown(true);
        try {
            Eventually.within(Duration.ofSeconds(8), () -> given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'screening-index' }.data.stale", equalTo(true))
                    .body("checks.find { it.name == 'screening-index' }.data.lastError", notNullValue()));
            screen("John Lee Ka Chiu", null).body("matches[0].partyId", equalTo(TestParties.LEE))
                    .body("index.stale", equalTo(true));
        } finally {
            registry.setDown(false);
        }
        Eventually.within(Duration.ofSeconds(5), () -> screen("John Lee Ka Chiu", null)
                .body("index.stale", equalTo(false)));
    }

    private static io.restassured.response.ValidatableResponse screen(String name, String asOf) {
        String body = "{\"name\":\"" + name + "\"" + (asOf == null ? "" : ",\"asOf\":\"" + asOf + "\"") + "}";
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/screenings").then().statusCode(200);
    }
}
