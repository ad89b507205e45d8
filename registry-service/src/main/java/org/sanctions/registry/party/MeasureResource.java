package org.sanctions.registry.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.sanctions.registry.common.WriteContexts;

/** Measures of a party: add one, read one, end one (revocation or expiry). Never deleted. */
@Path("/api/v1/parties/{id}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureResource {

    private final MeasureService measures;
    private final WriteContexts writes;
    private final ChangeGate gate;

    public MeasureResource(MeasureService measures, WriteContexts writes, ChangeGate gate) {
        this.measures = measures;
        this.writes = writes;
        this.gate = gate;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "addMeasure",
            summary = "Add a measure to a party", description = "The program must exist and not be retired. Needs "
            + "X-Change-Reason; If-Match is optional (checked when sent). Returns the party with its new version.")
    @APIResponse(responseCode = "201", description = "Added; Location names the measure, ETag the party's new version",
            content = @Content(schema = @Schema(implementation = PartyDto.class),
                    examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response add(@PathParam("id") UUID id,
            @Parameter(description = "Optional ETag of the party version read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "freeze", value = PartyExamples.MEASURE_INPUT)))
            MeasureInput input) {
        var context = writes.of(reason);
        Long version = ETags.optionalVersion(ifMatch);
        var held = gate.hold(ChangeKind.ADD_MEASURE, id, null, version, input, context);
        if (held.isPresent()) {
            return held.get();
        }
        MeasureService.Added added = measures.add(id, version, input, context);
        return Response.created(UriBuilder.fromResource(MeasureResource.class).path(added.measureId().toString()).build(id))
                .tag(ETags.of(added.party().version())).entity(added.party()).build();
    }

    @GET
    @Path("{measureId}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "getMeasure", summary = "Read a measure")
    @APIResponse(responseCode = "200", description = "The measure", content = @Content(
            schema = @Schema(implementation = MeasureDto.class), examples = @ExampleObject(name = "measure", value = PartyExamples.MEASURE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MeasureDto get(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId) {
        return measures.get(id, measureId);
    }

    @POST
    @Path("{measureId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "revokeMeasure",
            summary = "End a measure", description = "Delisting (status REVOKED, the default) or lapse (EXPIRED) at a "
            + "date with a reason; the measure stays in the record. Needs X-Change-Reason; If-Match optional.")
    @APIResponse(responseCode = "200", description = "The party with the ended measure; new ETag in the header",
            content = @Content(schema = @Schema(implementation = PartyDto.class),
                    examples = @ExampleObject(name = "party", value = PartyExamples.PARTY)))
    @APIResponse(responseCode = "202", description = ChangeRequestDto.HELD, content = @Content(
            schema = @Schema(implementation = ChangeRequestDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response revoke(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
            @Parameter(description = "Optional ETag of the party version read", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "delisting", value = PartyExamples.REVOCATION)))
            Revocation input) {
        var context = writes.of(reason);
        Long version = ETags.optionalVersion(ifMatch);
        return gate.hold(ChangeKind.REVOKE_MEASURE, id, measureId, version, input, context)
                .orElseGet(() -> PartyResource.tagged(measures.revoke(id, measureId, version, input, context)));
    }
}
