package org.sanctions.lookup.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.monitoring.WebhookViews.DeliveryView;
import org.sanctions.lookup.monitoring.WebhookViews.EndpointRequest;
import org.sanctions.lookup.monitoring.WebhookViews.EndpointView;
import org.sanctions.lookup.monitoring.WebhookViews.Replayed;
import org.sanctions.lookup.problem.ProblemException;

/** A bank's webhook endpoints, their delivery log, and replay of one delivery or of a time range. */
@Path("/api/v1/webhook-endpoints")
@Tag(name = "Monitoring")
@Blocking
@RolesAllowed("screening-client")
public class WebhookResource {

    private static final String PROBLEM = CustomerResource.PROBLEM;

    private final WebhookStore store;
    private final SecurityIdentity identity;

    WebhookResource(WebhookStore store, SecurityIdentity identity) {
        this.store = store;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Register an endpoint for alert events; the answer "
            + "carries its signing secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointView.class),
            examples = @ExampleObject(name = "endpoint", value = "{\"id\":\"...\",\"url\":\"https://bank.example/"
                    + "hooks\",\"events\":[\"alert.raised\"],\"secret\":\"whsec_...\"}")))
    @APIResponse(responseCode = "400", description = "Invalid URL or event", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull EndpointRequest request) {
        String bank = Tenant.of(identity).writer();
        requireHttpUrl(request.url());
        for (String event : request.events()) {
            if (!WebhookViews.EVENTS.contains(event)) {
                throw ProblemException.invalid("events", "must be among " + WebhookViews.EVENTS);
            }
        }
        WebhookStore.Endpoint e = store.create(bank, request.url(), request.events(), WebhookSignature.newSecret());
        return Response.created(URI.create("/api/v1/webhook-endpoints/" + e.id()))
                .entity(EndpointView.of(e, true)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookEndpoints", summary = "The bank's endpoints (without secrets)")
    @APIResponse(responseCode = "200", description = "The endpoints", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointView[].class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<EndpointView> list() {
        return store.endpoints(Tenant.of(identity).writer()).stream().map(e -> EndpointView.of(e, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint of the bank (without its secret)")
    @APIResponse(responseCode = "200", description = "The endpoint", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the bank", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EndpointView get(@PathParam("id") String id) {
        return EndpointView.of(endpoint(id), false);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Stop delivering to an endpoint; its log is kept")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the bank", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(Tenant.of(identity).writer(), endpoint(id).id())) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first")
    @APIResponse(responseCode = "200", description = "Deliveries with state, attempts and the last outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView[].class)))
    @APIResponse(responseCode = "400", description = "Invalid limit", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the bank", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryView> deliveries(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return store.deliveries(endpoint(id).id(), limit).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookDelivery", summary = "Send one delivery again (same webhook-id and body)")
    @APIResponse(responseCode = "202", description = "Queued again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replayed.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery in the bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replay(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookStore.Endpoint e = endpoint(id);
        WebhookStore.Delivery d = store.delivery(e.id(), uuidOrNotFound(deliveryId, "delivery"))
                .orElseThrow(() -> ProblemException.notFound("No delivery " + deliveryId + "."));
        store.replay(d.id());
        return Response.accepted(new Replayed(1)).build();
    }

    @POST
    @Path("/{id}/deliveries/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookDeliveries", summary = "Send again every delivery queued in [from, to)")
    @APIResponse(responseCode = "202", description = "Queued again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replayed.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid period", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the bank", content = @Content(
            mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replayRange(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        WebhookStore.Endpoint e = endpoint(id);
        return Response.accepted(new Replayed(store.replayRange(e.id(), instant("from", from), instant("to", to))))
                .build();
    }

    private WebhookStore.Endpoint endpoint(String id) {
        return store.endpoint(Tenant.of(identity).writer(), uuidOrNotFound(id, "endpoint"))
                .orElseThrow(() -> notFound(id));
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw ProblemException.invalid("url", "must be an absolute http or https URL");
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", "must be an absolute http or https URL");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required (an ISO-8601 instant)");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-11-28T00:00:00Z");
        }
    }

    private static UUID uuidOrNotFound(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " " + id + ".");
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No webhook endpoint " + id + ".");
    }
}
