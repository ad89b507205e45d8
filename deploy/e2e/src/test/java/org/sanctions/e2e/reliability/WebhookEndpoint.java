package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.WebhookReceiver;
import org.sanctions.testkit.WebhookReceiver.Answer;
import org.sanctions.testkit.WebhookReceiver.Received;

/**
 * A webhook endpoint of bank-demo registered through the gateway for a receiver the test runs itself on loopback
 * (which checks every signature with the endpoint's secret from the registration), with what reached the receiver
 * and what the endpoint's delivery log says.
 */
final class WebhookEndpoint implements AutoCloseable {

    private final Api api;
    private final WebhookReceiver receiver;
    private final String id;

    private WebhookEndpoint(Api api, WebhookReceiver receiver, String id) {
        this.api = api;
        this.receiver = receiver;
        this.id = id;
    }

    /** Starts a receiver (answering OK) and registers it for bank-demo's events of the given types. */
    static WebhookEndpoint register(Api api, List<String> events) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(List.of());
        Reply created = api.post("bank", "/api/v1/webhook-endpoints", Map.of("url", receiver.url(), "events", events));
        if (created.status() != 201) {
            receiver.close();
            throw new AssertionError("could not register a webhook endpoint: " + created.describe());
        }
        String secret = created.json().path("secret").asText();
        assertThat(secret).as("the secret of the 201").startsWith("whsec_");
        receiver.trust(secret);
        return new WebhookEndpoint(api, receiver, created.json().path("id").asText());
    }

    String id() {
        return id;
    }

    /** How the receiver answers from now on, e.g. UNAVAILABLE (503). */
    void answerFromNowOn(Answer answer) {
        receiver.answerFromNowOn(answer);
    }

    /** Waits until the receiver got an event of the type for the alert and answered it as given; that request. */
    Received awaitReceived(String type, String alertId, Answer answer, Duration timeout) {
        Received[] got = new Received[1];
        Waits.until(timeout, () -> type + " of alert " + alertId + " answered " + answer + "; requests received: "
                + receiver.received().size(), () -> {
                    got[0] = received(type, alertId).filter(r -> r.answer() == answer).findFirst().orElse(null);
                    return got[0] != null;
                });
        return got[0];
    }

    /** The distinct webhook-ids of the requests received so far with an event of the type for the alert. */
    List<String> webhookIds(String type, String alertId) {
        return received(type, alertId).map(Received::id).distinct().toList();
    }

    /** Waits until the delivery log (bank-demo's view) shows the delivery as expected; that entry. */
    JsonNode awaitDelivery(String deliveryId, Predicate<JsonNode> expected, Duration timeout) {
        JsonNode[] entry = new JsonNode[1];
        Waits.until(timeout, () -> "delivery " + deliveryId + " in the log as expected; last: " + entry[0], () -> {
            Reply log = api.get("bank", "/api/v1/webhook-endpoints/" + id + "/deliveries");
            entry[0] = null;
            if (log.status() == 200) {
                for (JsonNode d : log.json()) {
                    entry[0] = deliveryId.equals(d.path("id").asText()) ? d : entry[0];
                }
            }
            return entry[0] != null && expected.test(entry[0]);
        });
        return entry[0];
    }

    private Stream<Received> received(String type, String alertId) {
        return receiver.received().stream().filter(r -> {
            JsonNode body = body(r);
            return type.equals(body.path("type").asText())
                    && alertId.equals(body.path("data").path("alertId").asText());
        });
    }

    private static JsonNode body(Received r) {
        try {
            JsonNode body = Http.JSON.readTree(r.body());
            return body == null ? Http.JSON.createObjectNode() : body;
        } catch (IOException notJson) {
            return Http.JSON.createObjectNode();
        }
    }

    @Override
    public void close() {
        receiver.close();
    }
}
