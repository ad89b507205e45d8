package org.sanctions.registry.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.TestData;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** The feed returns events after a cursor with the state after each, and a waiting long-poll wakes on commit. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "lookup-service", roles = {Roles.FEED_READER, Roles.EDITOR})
class ChangeFeedTest {

    @Inject
    DbCounts db;

    @Test
    void returnsEventsAfterTheCursorWithTheStateAfterEach() {
        long head = head();
        String program = TestData.createProgram();
        String id = createParty(person("FEED, Follower"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "r").header("If-Match", "\"1\"")
                .body("{\"remarks\":\"followed\"}").patch("/api/v1/parties/" + id).then().statusCode(200);
        given().get("/api/v1/changes?after=" + head).then().statusCode(200)
                .body("events.action", contains("PROGRAM_CREATED", "PARTY_CREATED", "PARTY_UPDATED"))
                .body("events.seq", contains((int) head + 1, (int) head + 2, (int) head + 3))
                .body("lastSeq", equalTo((int) head + 3))
                .body("events[0].program.code", equalTo(program)).body("events[0].party", nullValue())
                .body("events[2].party.id", equalTo(id)).body("events[2].party.remarks", equalTo("followed"))
                .body("events[2].party.version", equalTo(2)).body("events[2].version", equalTo(2))
                .body("events[2].program", nullValue());
        given().get("/api/v1/changes?after=" + head + "&limit=1").then().body("events.size()", equalTo(1))
                .body("lastSeq", equalTo((int) head + 1));
    }

    @Test
    void answersAnEmptyPageWithTheCursorAsLastSeq() {
        long head = head();
        given().get("/api/v1/changes?after=" + head).then().statusCode(200).body("events.size()", equalTo(0))
                .body("lastSeq", equalTo((int) head));
    }

    @Test
    void wakesAWaitingLongPollWithinASecondOfTheCommit() throws Exception {
        long head = head();
        CompletableFuture<Response> poll = CompletableFuture.supplyAsync(
                () -> given().get("/api/v1/changes?after=" + head + "&waitSeconds=20"));
        await("the long-poll waits while nothing changes").during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(2)).until(() -> !poll.isDone());
        createParty(person("LONG, Poll"));
        long committed = System.nanoTime();
        Response response = poll.get(10, TimeUnit.SECONDS);
        long delayMillis = (System.nanoTime() - committed) / 1_000_000;
        response.then().statusCode(200).body("events[0].seq", equalTo((int) head + 1))
                .body("events[0].party.names[0].fullName", equalTo("LONG, Poll"));
        assertThat(delayMillis).as("delivery delay after the write returned").isLessThan(1000);
    }

    @Test
    void endsAnIdleLongPollWhenTheWaitIsOver() {
        long head = head();
        long start = System.nanoTime();
        given().get("/api/v1/changes?after=" + head + "&waitSeconds=1").then().statusCode(200)
                .body("events.size()", equalTo(0)).body("lastSeq", equalTo((int) head));
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 5000L);
    }

    @Test
    void rejectsBadParameters() {
        given().get("/api/v1/changes?after=-1&limit=1001&waitSeconds=31").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("after", "limit", "waitSeconds"));
    }

    private long head() {
        return db.count("select seq from audit_chain_head");
    }
}
