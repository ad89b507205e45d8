package org.sanctions.lookup.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;
import org.sanctions.testkit.PostgresResource;

/** Auditors read recorded screenings: one by id, or a client's screenings in a period. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class EvidenceApiTest {

    @Inject
    ScreeningService screening;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorReadsScreeningEvidence() {
        String client = "bank-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        var answer = screening.screen(request("Jon Lee Kachiu"), new Caller("sa-1", client, "service-account-bank"))
                .toCompletableFuture().join();
        UUID id = answer.screeningId();
        assertThat(answer.engineVersion()).startsWith("lookup-");
        assertThat(answer.configHash()).matches("[0-9a-f]{16}");

        given().get("/api/v1/screenings/" + id).then().statusCode(200)
                .body("screeningId", equalTo(id.toString()))
                .body("clientId", equalTo(client))
                .body("subject", equalTo("sa-1"))
                .body("source", equalTo("SINGLE"))
                .body("query.name", equalTo("Jon Lee Kachiu"))
                .body("outcome", equalTo("MATCH"))
                .body("topMatches[0].partyId", equalTo(TestParties.LEE))
                .body("topMatches[0].explanation.alignments.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("listVersion", notNullValue())
                .body("engineVersion", equalTo(answer.engineVersion()))
                .body("configHash", equalTo(answer.configHash()));
        given().queryParam("clientId", client).queryParam("from", before.toString()).get("/api/v1/screenings")
                .then().statusCode(200).body("items.screeningId", hasItem(id.toString()));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void unknownScreeningIsNotFound() {
        given().get("/api/v1/screenings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:sanctions:problem:not-found"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void listPagesWithCursor() {
        String client = "bank-" + UUID.randomUUID();
        Caller caller = new Caller("sa-2", client, "svc");
        for (String name : List.of("Carrie Lam", "Vladimir Putin", "Li Jiachao")) {
            screening.screen(request(name), caller).toCompletableFuture().join();
        }
        String next = given().queryParam("clientId", client).queryParam("limit", 2).get("/api/v1/screenings")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().path("next");
        given().queryParam("clientId", client).queryParam("limit", 2).queryParam("after", next)
                .get("/api/v1/screenings").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].query.name", equalTo("Li Jiachao"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void listsNewestFirstWithOrderDescAndItsCursorGoesOnBackwards() {
        String client = "bank-" + UUID.randomUUID();
        Caller caller = new Caller("sa-3", client, "svc");
        for (String name : List.of("Carrie Lam", "Vladimir Putin", "Li Jiachao")) {
            screening.screen(request(name), caller).toCompletableFuture().join();
        }
        String next = given().queryParam("clientId", client).queryParam("limit", 2).queryParam("order", "desc")
                .get("/api/v1/screenings").then().statusCode(200)
                .body("items.query.name", contains("Li Jiachao", "Vladimir Putin")).extract().path("next");
        given().queryParam("clientId", client).queryParam("limit", 2).queryParam("order", "desc")
                .queryParam("after", next).get("/api/v1/screenings").then().statusCode(200)
                .body("items.query.name", contains("Carrie Lam")).body("next", equalTo(null));
        given().queryParam("order", "sideways").get("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("order"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void filtersByUserOutcomeAndListVersion() {
        String client = "bank-" + UUID.randomUUID();
        String user = "officer-" + UUID.randomUUID();
        UUID hit = screening.screen(request("Jon Lee Kachiu"), new Caller("sub-" + user, client, user))
                .toCompletableFuture().join().screeningId();
        UUID miss = screening.screen(request("Zyxwvut Qponmlk"), new Caller("sub-" + user, client, user))
                .toCompletableFuture().join().screeningId();
        screening.screen(request("Carrie Lam"), new Caller("sa-other", client, "someone-else")).toCompletableFuture().join();
        long version = given().get("/api/v1/screenings/" + hit).then().extract().jsonPath().getLong("listVersion");

        given().queryParam("user", user).get("/api/v1/screenings").then().statusCode(200)
                .body("items.screeningId", contains(hit.toString(), miss.toString()));
        given().queryParam("user", "sub-" + user).queryParam("outcome", "NO_MATCH").get("/api/v1/screenings").then()
                .statusCode(200).body("items.screeningId", contains(miss.toString()));
        given().queryParam("user", user).queryParam("outcome", "MATCH").queryParam("listVersion", version)
                .get("/api/v1/screenings").then().statusCode(200).body("items.screeningId", contains(hit.toString()));
        given().queryParam("user", user).queryParam("listVersion", version + 1_000_000).get("/api/v1/screenings")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("outcome", "MAYBE").get("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("outcome"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void rejectsClientIdThatCannotBeStored() {
        given().queryParam("clientId", "bank\u0000").get("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("clientId"));
    }

    @Test
    void evidenceRowsCannotBeChanged() throws Exception {
        UUID id = screening.screen(request("Carrie Lam"), new Caller("sa-3", "bank-x", "svc"))
                .toCompletableFuture().join().screeningId();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "update screening_evidence set outcome = 'NO_MATCH' where id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "delete from screening_evidence where id = '" + id + "'")).hasMessageContaining("append-only");
        }
    }

    private static ScreeningRequest request(String name) {
        return new ScreeningRequest(name, null, null, null, null, null, null, null, null, null);
    }
}
