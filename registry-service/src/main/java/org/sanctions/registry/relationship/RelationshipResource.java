package org.sanctions.registry.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
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
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.common.WriteContexts;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyService;
import org.sanctions.registry.party.Relationship;

/** A party's links to other parties: both directions, and an editor's addition or removal of one link. */
@Path("/api/v1/parties/{id}/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class RelationshipResource {

    private static final String LINK = "{\"type\":\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":"
            + "\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"share\":30,\"startDate\":\"2021-06-01\","
            + "\"remarks\":\"Shareholder register of 2024\"}";
    private static final String VIEW = "{\"partyId\":\"4b2e9c1a-0d3f-4e5a-8b7c-6d5e4f3a2b1c\",\"version\":4,"
            + "\"outgoing\":[],\"incoming\":[{\"key\":\"5f0c8a1e\",\"type\":\"OWNS\",\"assertedBy\":"
            + "\"4b2e9c1a-0d3f-4e5a-8b7c-6d5e4f3a2b1c\",\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\","
            + "\"name\":\"PETROV, Ivan\",\"reference\":null,\"resolved\":true,\"share\":30,\"startDate\":\"2021-06-01\","
            + "\"remarks\":\"Shareholder register of 2024\",\"sources\":[{\"kind\":\"PERSON\",\"asserter\":"
            + "\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":\"KYC file 2024\","
            + "\"at\":\"2025-04-01T09:00:00Z\"}]}]}";

    private final RelationshipView view;
    private final RelationshipEdits edits;
    private final PartyService parties;
    private final WriteContexts writes;
    private final ChangeGate gate;

    public RelationshipResource(RelationshipView view, RelationshipEdits edits, PartyService parties,
            WriteContexts writes, ChangeGate gate) {
        this.view = view;
        this.edits = edits;
        this.parties = parties;
        this.writes = writes;
        this.gate = gate;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "getPartyRelationships", summary = "Read a party's links both ways",
            description = "outgoing: what the party owns, controls, directs, acts for...; incoming: its owners, "
                    + "controllers, directors... Each link with its type, share, dates, the other party (id and primary "
                    + "name, or the name and entry as published when the registry does not have it) and who asserts it.")
    @APIResponse(responseCode = "200", description = "The links; ETag = the party's version", content = @Content(
            schema = @Schema(implementation = PartyRelationships.class),
            examples = @ExampleObject(name = "links", value = VIEW)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return tagged(view.of(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "addPartyRelationship", summary = "Add a link to a party",
            description = "The party states a new link (direction OUTGOING: it is the owner, director...; INCOMING: the "
                    + "other party is). A write of the party like PUT: needs If-Match and X-Change-Reason, is audited, "
                    + "and under maker-checker is held as an UPDATE_PARTY change request.")
    @APIResponse(responseCode = "201", description = "Added; the party's links, ETag its new version", content =
            @Content(schema = @Schema(implementation = PartyRelationships.class),
                    examples = @ExampleObject(name = "links", value = VIEW)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response add(@PathParam("id") UUID id,
            @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(schema = @Schema(implementation = Relationship.class),
                    examples = @ExampleObject(name = "owner", value = LINK))) Relationship link) {
        var context = writes.of(reason);
        long version = ETags.requireVersion(ifMatch);
        PartyInput changed = edits.adding(id, version, link);
        return write(id, version, changed, context, true);
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "removePartyRelationship", summary = "Remove a link from a party",
            description = "Removes a link the party states (its key from GET .../relationships). A write of the "
                    + "party like PUT: needs If-Match and X-Change-Reason, is audited and kept in the history.")
    @APIResponse(responseCode = "200", description = "Removed; the party's links, ETag its new version", content =
            @Content(schema = @Schema(implementation = PartyRelationships.class),
                    examples = @ExampleObject(name = "links", value = VIEW)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response remove(@PathParam("id") UUID id, @PathParam("key") String key,
            @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason) {
        var context = writes.of(reason);
        long version = ETags.requireVersion(ifMatch);
        PartyInput changed = edits.removing(id, version, key);
        return write(id, version, changed, context, false);
    }

    private Response write(UUID id, long version, PartyInput changed,
            WriteContext context, boolean created) {
        var held = gate.hold(ChangeKind.UPDATE_PARTY, id, null, version, changed, context);
        if (held.isPresent()) {
            return held.get();
        }
        PartyDto written = parties.replace(id, version, changed, context);
        PartyRelationships links = view.of(written.id());
        if (!created) {
            return tagged(links);
        }
        return Response.created(UriBuilder.fromResource(RelationshipResource.class).build(id))
                .tag(ETags.of(links.version())).entity(links).build();
    }

    private static Response tagged(PartyRelationships links) {
        return Response.ok(links).tag(ETags.of(links.version())).build();
    }
}
