package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.createProgram;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.sanctions.registry.DbCounts;
import org.sanctions.testkit.PostgresResource;

/** Reads as of an instant return what was recorded then; every write records who made it and why. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
@OidcSecurity(claims = {@Claim(key = "sub", value = "subject-of-editor"), @Claim(key = "preferred_username", value = "editor"),
    @Claim(key = "azp", value = "sanctions-cli")})
class AsOfTest {

    @Inject
    DbCounts db;

    @Test
    void readsThePartyAsRecordedAtAnInstant() {
        String id = createParty(person("ASOF, Subject"));
        patch(id, "\"1\"", "{\"remarks\":\"second version\"}");
        addMeasure(id, measure(createProgram(), "ASSET_FREEZE", "2020-08-07"));
        // the instants the registry recorded, not the test's clock: no sleep needed to keep them apart
        Instant created = recorded(id, 1);
        Instant beforeCreation = created.minus(1, ChronoUnit.MICROS);
        Instant afterCreation = created;
        Instant afterUpdate = recorded(id, 2);
        assertThat(recorded(id, 3)).isAfter(afterUpdate);

        given().get("/api/v1/parties/" + id + "?asOf=" + afterCreation).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("remarks", equalTo(null));
        given().get("/api/v1/parties/" + id + "?asOf=" + afterUpdate).then().statusCode(200).header("ETag", "\"2\"")
                .body("remarks", equalTo("second version")).body("measures.size()", equalTo(0));
        given().get("/api/v1/parties/" + id + "?asOf=" + Instant.now()).then().statusCode(200)
                .body("version", equalTo(3)).body("measures.size()", equalTo(1));
        given().get("/api/v1/parties/" + id + "?asOf=" + beforeCreation).then().statusCode(404)
                .body("type", equalTo("urn:sanctions:problem:not-found"));
        given().get("/api/v1/parties/00000000-0000-4000-8000-000000000000?asOf=" + Instant.now()).then().statusCode(404);
    }

    @Test
    void recordsActorAndReasonOfEveryWrite() {
        String id = createParty(person("ACTOR, Recorded"));
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "Correction per notice")
                .header("If-Match", "\"1\"").body("{\"remarks\":\"r\"}").patch("/api/v1/parties/" + id).then().statusCode(200);
        assertThat(db.count("select count(*) from audit_event where entity_id = ? and version = 2 and actor_subject = "
                + "'subject-of-editor' and actor_username = 'editor' and actor_client = 'sanctions-cli' and reason = "
                + "'Correction per notice' and action = 'PARTY_UPDATED'", id)).isEqualTo(1);
    }

    /** When the registry recorded the given version of the party (audit_event.occurred_at, microseconds). */
    private Instant recorded(String id, int version) {
        long micros = db.count("select min(extract(epoch from occurred_at) * 1000000)::bigint from audit_event"
                + " where entity_id = ? and version = ?", id, version);
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static void patch(String id, String etag, String body) {
        given().contentType("application/merge-patch+json").header("X-Change-Reason", "update").header("If-Match", etag)
                .body(body).patch("/api/v1/parties/" + id).then().statusCode(200);
    }

}
