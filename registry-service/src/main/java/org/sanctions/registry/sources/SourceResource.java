package org.sanctions.registry.sources;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.common.WriteContexts;

/** List sources: where each list is fetched from, how often, what a new file does, and how fresh each one is. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService sources;
    private final WriteContexts writes;

    SourceResource(SourceService sources, WriteContexts writes) {
        this.sources = sources;
        this.writes = writes;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER, Roles.AUDITOR})
    @Operation(operationId = "listSources", summary = "List the list sources", description = "Every configured "
            + "source with its settings and freshness, by id.")
    @APIResponse(responseCode = "200", description = "The sources", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SourceDto.class),
            examples = @ExampleObject(name = "sources", value = "[" + SourceExamples.SOURCE + "]")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<SourceDto> list() {
        return sources.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER, Roles.AUDITOR})
    @Operation(operationId = "getSource", summary = "Read a list source", description = "Its settings, the last "
            + "check, change and application, the SHA-256 of its last new file, its state and last error.")
    @APIResponse(responseCode = "200", description = "The source; ETag = version", content = @Content(
            schema = @Schema(implementation = SourceDto.class),
            examples = @ExampleObject(name = "source", value = SourceExamples.SOURCE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        SourceDto source = sources.get(id);
        return Response.ok(source).tag(ETags.of(source.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateSource", summary = "Configure a list source", description = "Sets the format, "
            + "URL (http(s) or file: of a file or directory), schedule (every: ISO-8601 duration, null = only on "
            + "request), policy (AUTO applies a new file unless it delists more than maxDelistShare; REVIEW always "
            + "waits for an officer's approval), the delist limit and the SLA. If-Match is optional. A change of the "
            + "settings is recorded in the audit chain (SOURCE_UPDATED, before and after) with the reason of "
            + "X-Change-Reason if sent.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SourceUpdate.class),
            examples = @ExampleObject(name = "every-minute", value = SourceExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The source as configured", content = @Content(
            schema = @Schema(implementation = SourceDto.class),
            examples = @ExampleObject(name = "source", value = SourceExamples.SOURCE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@PathParam("id") String id,
            @Parameter(description = "ETag of the version read (optional)") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Why the settings change (optional; percent-encoded UTF-8), kept in the audit "
                    + "chain", example = "Check hourly from now on") @HeaderParam(WriteContexts.REASON_HEADER)
            String reason,
            SourceUpdate body) {
        WriteContext context = reason == null || reason.isBlank()
                ? new WriteContext(writes.actor(), "settings of list source " + id + " changed") : writes.of(reason);
        SourceDto source = sources.update(id, body, ETags.optionalVersion(ifMatch), context);
        return Response.ok(source).tag(ETags.of(source.version())).build();
    }

    @POST
    @Path("{id}/fetches")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "fetchSource", summary = "Check a list source now", description = "Starts a check "
            + "at once, whatever the schedule: 202, and the source (Location) shows the outcome when it is done.")
    @APIResponse(responseCode = "202", description = "Started; Location names the source", content = @Content(
            schema = @Schema(implementation = SourceDto.class),
            examples = @ExampleObject(name = "source", value = SourceExamples.SOURCE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response fetch(@PathParam("id") String id) {
        SourceDto source = sources.fetchNow(id);
        return Response.accepted(source).location(UriBuilder.fromResource(SourceResource.class).path(id).build())
                .build();
    }
}
