package org.sanctions.lookup.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.Eventually;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.testkit.PostgresResource;
import org.sanctions.testkit.WebhookReceiver;
import org.sanctions.testkit.WebhookReceiver.Answer;

/** Signed webhook deliveries to a real receiver that fails, times out and recovers; the log; replay. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "bank-hooks", roles = "screening-client")
    @OidcSecurity(claims = @Claim(key = "bank", value = "bank-hooks"))
    void alertIsDeliveredSignedAfterAFailureAndATimeoutAndCanBeReplayed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(List.of(Answer.FAIL, Answer.HANG))) {
            String endpointId = register(receiver);
            String customerId = Banks.uniqueId("hook");
            given().contentType(ContentType.JSON).body("{\"name\":\"Carrie Lam\",\"birthDate\":\"1957-05-13\"}")
                    .put("/api/v1/customers/" + customerId).then().statusCode(200);

            Eventually.within(Duration.ofSeconds(20), () -> given().get("/api/v1/webhook-endpoints/" + endpointId
                    + "/deliveries").then().statusCode(200).body("", hasSize(1))
                    .body("[0].state", equalTo("DELIVERED")).body("[0].attempts", equalTo(3)));
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
            assertThat(got).extracting(WebhookReceiver.Received::id).containsOnly(got.get(0).id());
            assertThat(got.get(0).body()).contains("alert.raised", customerId);

            String deliveryId = given().get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries").then()
                    .extract().path("[0].id");
            given().post("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/" + deliveryId + "/replay").then()
                    .statusCode(202).body("deliveries", equalTo(1));
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(receiver.received()).hasSize(4));
            assertThat(receiver.received().get(3).id()).isEqualTo(got.get(0).id());
            assertThat(receiver.received().get(3).signatureValid()).isTrue();

            given().queryParam("from", Instant.now().minusSeconds(3600).toString())
                    .queryParam("to", Instant.now().plusSeconds(60).toString())
                    .post("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/replay").then().statusCode(202)
                    .body("deliveries", equalTo(1));
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(receiver.received()).hasSize(5));
        }
    }

    @Test
    @TestSecurity(user = "bank-hooks-2", roles = "screening-client")
    @OidcSecurity(claims = @Claim(key = "bank", value = "bank-hooks-2"))
    void rejectsBadEndpointsAndUnknownIds() throws Exception {
        given().contentType(ContentType.JSON).body("{\"url\":\"ftp://x\",\"events\":[\"alert.raised\"]}")
                .post("/api/v1/webhook-endpoints").then().statusCode(400).body("violations[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:1/h\",\"events\":[\"party.x\"]}")
                .post("/api/v1/webhook-endpoints").then().statusCode(400)
                .body("violations[0].field", equalTo("events"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:1/h\",\"events\":[]}")
                .post("/api/v1/webhook-endpoints").then().statusCode(400);
        given().get("/api/v1/webhook-endpoints/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String register(WebhookReceiver receiver) {
        var created = given().contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url() + "\",\"events\":[\"alert.raised\",\"alert.reopened\"]}")
                .post("/api/v1/webhook-endpoints").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract();
        receiver.trust(created.path("secret"));
        given().get("/api/v1/webhook-endpoints/" + created.path("id")).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        return created.path("id");
    }
}
