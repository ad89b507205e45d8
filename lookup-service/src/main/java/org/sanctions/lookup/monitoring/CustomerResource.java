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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.problem.StorableText;

/** A bank's customer book: upsert, read, list and delete by the bank's own customer id. */
@Path("/api/v1/customers")
@Tag(name = "Monitoring")
@Blocking
public class CustomerResource {

    static final String PROBLEM = "application/problem+json";

    private final MonitoringService monitoring;
    private final SecurityIdentity identity;

    CustomerResource(MonitoringService monitoring, SecurityIdentity identity) {
        this.monitoring = monitoring;
        this.identity = identity;
    }

    @PUT
    @Path("/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("screening-client")
    @Operation(operationId = "upsertCustomer", summary = "Create or replace a customer; a new or changed one is "
            + "screened at once and its alerts raised")
    @APIResponse(responseCode = "200", description = "Stored; outcome says whether it was new, changed or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CustomerView.Stored.class),
                    examples = @ExampleObject(name = "stored", value = "{\"customer\":{\"customerId\":\"c-1\","
                            + "\"name\":\"John Lee Ka Chiu\",\"kind\":\"PERSON\",\"otherNames\":[],\"reference\":{}},"
                            + "\"outcome\":\"CREATED\"}")))
    @APIResponse(responseCode = "400", description = "Invalid customer", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CustomerView.Stored upsert(@PathParam("customerId") String customerId,
            @Valid @NotNull CustomerRequest request) {
        String bank = Tenant.of(identity).writer();
        CustomerValidation.check(customerId, request);
        Customer customer = Customer.of(bank, customerId, request);
        return new CustomerView.Stored(CustomerView.of(customer), monitoring.upsert(customer));
    }

    @GET
    @Path("/{customerId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "alert-analyst", "alert-reviewer"})
    @Operation(operationId = "getCustomer", summary = "One customer of the caller's bank")
    @APIResponse(responseCode = "200", description = "The customer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer in the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CustomerView get(@PathParam("customerId") String customerId) {
        String bank = Tenant.of(identity).writer();
        if (!CustomerValidation.couldExist(customerId)) {
            throw notFound(customerId);
        }
        return monitoring.find(bank, customerId).map(CustomerView::of).orElseThrow(() -> notFound(customerId));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "alert-analyst", "alert-reviewer"})
    @Operation(operationId = "listCustomers", summary = "The caller's bank's customers in id order, cursor paged")
    @APIResponse(responseCode = "200", description = "A page and the cursor of the next one", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[],\"next\":null}")))
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CustomerView.Page list(@QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String bank = Tenant.of(identity).writer();
        StorableText.requireStorable("cursor", Collections.singletonList(cursor));
        List<Customer> page = monitoring.page(bank, cursor, limit);
        String next = page.size() == limit ? page.get(page.size() - 1).customerId() : null;
        return new CustomerView.Page(page.stream().map(CustomerView::of).toList(), next);
    }

    @DELETE
    @Path("/{customerId}")
    @RolesAllowed("screening-client")
    @Operation(operationId = "deleteCustomer", summary = "Remove a customer from monitoring; its alerts are kept")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer in the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("customerId") String customerId) {
        String bank = Tenant.of(identity).writer();
        if (!CustomerValidation.couldExist(customerId) || !monitoring.delete(bank, customerId)) {
            throw notFound(customerId);
        }
        return Response.noContent().build();
    }

    private static ProblemException notFound(String customerId) {
        return ProblemException.notFound("No customer " + customerId + ".");
    }
}
