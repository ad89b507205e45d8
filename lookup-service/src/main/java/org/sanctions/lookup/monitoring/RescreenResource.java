package org.sanctions.lookup.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.problem.Problem;
import org.sanctions.lookup.problem.ProblemException;

/** Full rescreens of a bank's customer book: requested by the bank, or queued for every book by an engine change. */
@Path("/api/v1/customer-rescreens")
@Tag(name = "Monitoring")
@Blocking
public class RescreenResource {

    private static final String PROBLEM = CustomerResource.PROBLEM;

    private final FullRescreen rescreens;
    private final RescreenStore store;
    private final SecurityIdentity identity;

    RescreenResource(FullRescreen rescreens, RescreenStore store, SecurityIdentity identity) {
        this.rescreens = rescreens;
        this.store = store;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("screening-client")
    @Operation(operationId = "createCustomerRescreen", summary = "Rescreen the caller's whole customer book against "
            + "the current lists, as a job; alerts are raised, updated or reopened as on a list change")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RescreenRequest.class)))
    @APIResponse(responseCode = "202", description = "Queued; follow its Location", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RescreenView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or reason too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid RescreenRequest request) throws SQLException {
        Tenant tenant = Tenant.of(identity);
        String bank = tenant.writer();
        String reason = request == null || request.reason() == null || request.reason().isBlank()
                ? "requested by " + tenant.actor() : request.reason().strip();
        RescreenView created = rescreens.request(bank, reason, tenant.actor());
        return Response.accepted(created).location(URI.create("/api/v1/customer-rescreens/" + created.rescreenId()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "auditor"})
    @Operation(operationId = "getCustomerRescreen", summary = "State and progress of a full rescreen")
    @APIResponse(responseCode = "200", description = "The rescreen", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RescreenView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system or auditor", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such rescreen of the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RescreenView get(@PathParam("id") String id) throws SQLException {
        Tenant tenant = Tenant.of(identity);
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No customer rescreen " + id + ".");
        }
        // an auditor (no bank) reads every bank's rescreens, those of every book included; a bank only its own
        return (tenant.auditor() ? store.find(null, uuid) : store.findOwn(tenant.bank(), uuid))
                .orElseThrow(() -> ProblemException.notFound("No customer rescreen " + id + "."));
    }
}
