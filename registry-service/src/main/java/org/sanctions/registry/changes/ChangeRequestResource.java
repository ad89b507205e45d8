package org.sanctions.registry.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Problem;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.common.RegistryConfig;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContexts;

/** Change requests (maker-checker): list and read them; approve, reject or withdraw one. */
@Path("/api/v1/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change requests")
public class ChangeRequestResource {

    private final ChangeRequests requests;
    private final ChangeDecisions decisions;
    private final WriteContexts writes;
    private final RegistryConfig config;

    public ChangeRequestResource(ChangeRequests requests, ChangeDecisions decisions, WriteContexts writes,
            RegistryConfig config) {
        this.requests = requests;
        this.decisions = decisions;
        this.writes = writes;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER, Roles.AUDITOR})
    @Operation(operationId = "listChangeRequests", summary = "List change requests", description = "In creation "
            + "order (oldest first), optionally of one state; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of change requests", content = @Content(
            schema = @Schema(implementation = ChangeRequestPage.class),
            examples = @ExampleObject(name = "pending", value = ChangeExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ChangeRequestPage list(
            @Parameter(description = "PENDING, APPLIED, REJECTED, WITHDRAWN or STALE", example = "PENDING")
            @QueryParam("state") String state,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to registry.max-page-size (default registry.default-page-size)",
                    example = "50", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        ChangeState filter = params.enumValue("state", state, ChangeState.class);
        int size = params.integer("limit", limit, config.defaultPageSize(), 1, config.maxPageSize());
        UUID after = cursor(params, cursor);
        params.done();
        return requests.list(filter, after, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER, Roles.AUDITOR})
    @Operation(operationId = "getChangeRequest", summary = "Read a change request",
            description = "The held write, its diff from the dry run, the maker and, once decided, the checker.")
    @APIResponse(responseCode = "200", description = "The change request", content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class),
            examples = @ExampleObject(name = "pending", value = ChangeExamples.PENDING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ChangeRequestDto get(@PathParam("id") UUID id) {
        return requests.get(id);
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "approveChangeRequest", summary = "Approve and apply a change request", description =
            "Four eyes: any editor but its maker. Applies the held write as it was made, through the normal write "
            + "path; the audit event names the request, the maker and their reason, and the approver and theirs. "
            + "Refused (409, the request becomes STALE) when the party changed since the request was made.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChangeDecisionRequest.class),
            examples = @ExampleObject(name = "approval", value = ChangeExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Applied: the request with the party's new version", content =
            @Content(schema = @Schema(implementation = ChangeRequestDto.class),
            examples = @ExampleObject(name = "applied", value = ChangeExamples.APPLIED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", description = "Not an editor, or the caller made the request (four eyes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ChangeRequestDto approve(@PathParam("id") UUID id, ChangeDecisionRequest body) {
        ChangeRequestDto request = decisions.approve(id, writes.actor(), ChangeDecisionRequest.reasonOf(body, false));
        if (request.state() == ChangeState.STALE) {
            throw ApiException.conflict("Party " + request.partyId() + " changed since change request " + id
                    + " was made against its version " + request.baseVersion() + ": the request is now STALE and "
                    + "nothing was applied; make the change again against the current party.");
        }
        return request;
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "rejectChangeRequest", summary = "Reject a change request",
            description = "Any editor but its maker (who withdraws instead); a reason is required. Nothing is applied.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChangeDecisionRequest.class),
            examples = @ExampleObject(name = "rejection", value = ChangeExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Rejected: the request", content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class),
            examples = @ExampleObject(name = "rejected", value = ChangeExamples.REJECTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", description = "Not an editor, or the caller made the request (four eyes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ChangeRequestDto reject(@PathParam("id") UUID id, ChangeDecisionRequest body) {
        return decisions.reject(id, writes.actor(), ChangeDecisionRequest.reasonOf(body, true));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "withdrawChangeRequest", summary = "Withdraw a change request",
            description = "Its maker only; the reason is optional. Nothing is applied.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChangeDecisionRequest.class),
            examples = @ExampleObject(name = "withdrawal", value = ChangeExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Withdrawn: the request", content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class),
            examples = @ExampleObject(name = "withdrawn", value = ChangeExamples.WITHDRAWN)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", description = "Not an editor, or not the request's maker",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ChangeRequestDto withdraw(@PathParam("id") UUID id, ChangeDecisionRequest body) {
        return decisions.withdraw(id, writes.actor(), ChangeDecisionRequest.reasonOf(body, false));
    }

    private static UUID cursor(QueryParams params, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            return params.fail("cursor", "is not a cursor this service issued (use nextCursor from a list response)");
        }
    }
}
