package org.sanctions.registry.party;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.changes.ChangeGate;
import org.sanctions.registry.changes.ChangeKind;
import org.sanctions.registry.changes.ChangeRequestDto;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.common.RegistryConfig;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContexts;

/** Parties: create, read (now or as of an instant), replace, merge-patch, list with filters. */
@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartyResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final PartyService service;
    private final PartyQueries queries;
    private final WriteContexts writes;
    private final RegistryConfig config;
    private final ChangeGate gate;

    public PartyResource(PartyService service, PartyQueries queries, WriteContexts writes, RegistryConfig config,
            ChangeGate gate) {
        this.service = service;
        this.queries = queries;
        this.writes = writes;
        this.config = config;
        this.gate = gate;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "listParties",
            summary = "List parties", description = "Filters combine with AND; measure filters must hold for one measure. "
            + "Ordered by creation; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of parties", content = @Content(
            schema = @Schema(implementation = PartyPage.class), examples = @ExampleObject(name = "page", value = PartyExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public PartyPage list(@BeanParam PartyListParams params) {
        PartyListParams.ListQuery query = params.parse(config.defaultPageSize(), config.maxPageSize());
        return queries.list(query.filter(), query.after(), query.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "getParty",
            summary = "Read a party", description = "Current state, or with asOf the state recorded at that instant. "
            + "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The party", content = @Content(
            schema = @Schema(implementation = PartyDto.class), examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id, @Parameter(description = "Instant (ISO 8601) to read the recorded state at",
            example = "2025-04-01T00:00:00Z") @QueryParam("asOf") String asOf) {
        QueryParams params = new QueryParams();
        Instant at = params.instant("asOf", asOf);
        params.done();
        PartyDto party = at == null ? queries.get(id) : queries.asOf(id, at);
        return Response.ok(party).tag(ETags.of(party.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createParty",
            summary = "Create a party", description = "Needs X-Change-Reason. Source entries must not belong to another party.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers point at it", content = @Content(
            schema = @Schema(implementation = PartyDto.class), examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "person", value = PartyExamples.INPUT)))
            PartyInput input) {
        var context = writes.of(reason);
        var held = gate.hold(ChangeKind.CREATE_PARTY, null, null, null, input, context);
        if (held.isPresent()) {
            return held.get();
        }
        PartyDto created = service.create(input, context);
        return Response.created(UriBuilder.fromResource(PartyResource.class).path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateParty",
            summary = "Replace a party", description = "Full update of the party's attributes (measures have their own "
            + "endpoints; read-only members are ignored). Needs If-Match and X-Change-Reason.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag in the header", content = @Content(
            schema = @Schema(implementation = PartyDto.class), examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replace(@PathParam("id") UUID id, @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "person", value = PartyExamples.INPUT)))
            PartyInput input) {
        var context = writes.of(reason);
        long version = ETags.requireVersion(ifMatch);
        return gate.hold(ChangeKind.UPDATE_PARTY, id, null, version, input, context)
                .orElseGet(() -> tagged(service.replace(id, version, input, context)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "patchParty",
            summary = "Merge-patch a party", description = "JSON Merge Patch (RFC 7386) of the attributes; the result "
            + "is validated like a full update. Needs If-Match and X-Change-Reason.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag in the header", content = @Content(
            schema = @Schema(implementation = PartyDto.class), examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response patch(@PathParam("id") UUID id, @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(mediaType = MERGE_PATCH, examples = @ExampleObject(name = "positions",
                    value = PartyExamples.PATCH))) JsonNode patch) {
        var context = writes.of(reason);
        long version = ETags.requireVersion(ifMatch);
        return gate.hold(ChangeKind.PATCH_PARTY, id, null, version, patch, context)
                .orElseGet(() -> tagged(service.patch(id, version, patch, context)));
    }

    static Response tagged(PartyDto party) {
        return Response.ok(party).tag(ETags.of(party.version())).build();
    }
}
