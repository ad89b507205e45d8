package org.sanctions.lookup.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.problem.StorableText;

/** A bank's alerts, their history, and the four-eyes decisions on them; auditors read every bank's. */
@Path("/api/v1/alerts")
@Tag(name = "Monitoring")
@Blocking
public class AlertResource {

    private static final String PROBLEM = CustomerResource.PROBLEM;

    private final AlertQueries queries;
    private final AlertReview review;
    private final SecurityIdentity identity;

    AlertResource(AlertQueries queries, AlertReview review, SecurityIdentity identity) {
        this.queries = queries;
        this.review = review;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "alert-analyst", "alert-reviewer", "auditor"})
    @Operation(operationId = "listAlerts", summary = "The caller's bank's alerts (an auditor: every bank's), "
            + "filtered, in id order, cursor paged; partyId also finds OWNERSHIP alerts with the party on a path")
    @APIResponse(responseCode = "200", description = "A page and the cursor of the next one", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[{\"id\":\"...\",\"state\":\"OPEN\","
                    + "\"customerId\":\"c-1\",\"partyId\":\"...\",\"score\":0.88,\"engineVersion\":\"lookup-0.1.0\","
                    + "\"listVersion\":131}],\"next\":null}")))
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AlertView.Page list(@QueryParam("state") String state, @QueryParam("customerId") String customerId,
            @QueryParam("partyId") String partyId, @QueryParam("basis") String basis,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Tenant tenant = Tenant.of(identity);
        StorableText.requireStorable("customerId", Collections.singletonList(customerId));
        StorableText.requireStorable("partyId", Collections.singletonList(partyId));
        AlertStore.Filter filter = new AlertStore.Filter(tenant.bank(), constant("state", state, AlertState.class),
                customerId, partyId, constant("basis", basis, AlertBasis.class));
        UUID after = cursor == null ? null : uuid("cursor", cursor);
        List<AlertView> items = queries.page(filter, after, limit);
        return new AlertView.Page(items, items.size() == limit ? items.get(limit - 1).id().toString() : null);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "alert-analyst", "alert-reviewer", "auditor"})
    @Operation(operationId = "getAlert", summary = "One alert with its full history")
    @APIResponse(responseCode = "200", description = "The alert and its history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such alert in the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AlertView get(@PathParam("id") String id) {
        Tenant tenant = Tenant.of(identity);
        return queries.detail(tenant.bank(), notFoundUnlessUuid(id))
                .orElseThrow(() -> ProblemException.notFound("No alert " + id + "."));
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"alert-analyst", "alert-reviewer"})
    @Operation(operationId = "decideAlert", summary = "Decide on an alert: an analyst proposes FALSE_POSITIVE, "
            + "TRUE_MATCH or ESCALATE; a different reviewer CONFIRMs or RETURNs the proposal")
    @APIResponse(responseCode = "200", description = "The alert after the decision, with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "Unknown decision or missing reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role does not take this decision",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such alert in the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the alert's state, or the proposer confirming",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AlertView decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        Tenant tenant = Tenant.of(identity);
        UUID alertId = notFoundUnlessUuid(id);
        review.decide(tenant.writer(), tenant.actor(), identity.getRoles(), alertId, request);
        return queries.detail(tenant.bank(), alertId).orElseThrow();
    }

    /** A query parameter naming a constant of the enum, in any case; null when absent; else a 400 naming it. */
    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not a cursor this API returned");
        }
    }

    private static UUID notFoundUnlessUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No alert " + id + ".");
        }
    }
}
