package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the webhook API. */
public final class WebhookViews {

    /** The events an endpoint can ask for; "*" is all of them. */
    static final List<String> EVENTS = List.of("alert.raised", "alert.reopened", "alert.updated", "alert.closed", "*");

    private WebhookViews() {
    }

    /** An endpoint to register. */
    @Schema(description = "A webhook endpoint to register", example = "{\"url\":\"https://bank.example/hooks/alerts\","
            + "\"events\":[\"alert.raised\",\"alert.reopened\"]}")
    public record EndpointRequest(@NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 10) List<@NotBlank String> events) {
    }

    /** A registered endpoint; the secret only in the answer to its registration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A webhook endpoint; secret (whsec_...) is returned once, on registration")
    public record EndpointView(UUID id, String url, List<String> events, Instant createdAt, String secret) {

        static EndpointView of(WebhookStore.Endpoint e, boolean withSecret) {
            return new EndpointView(e.id(), e.url(), e.events(), e.createdAt(), withSecret ? e.secret() : null);
        }
    }

    /** One entry of the delivery log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One delivery attempt series of one event to one endpoint")
    public record DeliveryView(UUID id, String eventType, String state, int attempts, Instant createdAt,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt) {

        static DeliveryView of(WebhookStore.Delivery d) {
            return new DeliveryView(d.id(), d.eventType(), d.state(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                    d.lastStatus(), d.lastError(), d.deliveredAt());
        }
    }

    /** How many deliveries a replay queued again. */
    @Schema(description = "Deliveries queued again")
    public record Replayed(int deliveries) {
    }
}
