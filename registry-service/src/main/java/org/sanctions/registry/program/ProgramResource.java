package org.sanctions.registry.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.Patterns;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContexts;

/** Programs: the legal bases of measures. Created and updated by editors; retired, never deleted. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ProgramResource {

    private static final Pattern CODE = Pattern.compile(Patterns.PROGRAM_CODE);

    private final ProgramService programs;
    private final WriteContexts writes;

    public ProgramResource(ProgramService programs, WriteContexts writes) {
        this.programs = programs;
        this.writes = writes;
    }

    /** The list wrapper, so that the response can grow fields without breaking clients. */
    public record ProgramList(List<ProgramDto> items) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "listPrograms",
            summary = "List programs", description = "All programs in force, ordered by code; retired ones too with includeRetired=true.")
    @APIResponse(responseCode = "200", description = "The programs",
            content = @Content(schema = @Schema(implementation = ProgramList.class),
                    examples = @ExampleObject(name = "programs", value = "{\"items\":[" + ProgramExamples.PROGRAM + "]}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ProgramList list(@Parameter(description = "Include retired programs", example = "false", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeRetired") String includeRetired) {
        QueryParams params = new QueryParams();
        boolean all = params.bool("includeRetired", includeRetired, false);
        params.done();
        return new ProgramList(programs.list(all));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "getProgram",
            summary = "Read a program", description = "The response's ETag is the version to send in If-Match when updating.")
    @APIResponse(responseCode = "200", description = "The program",
            content = @Content(schema = @Schema(implementation = ProgramDto.class),
                    examples = @ExampleObject(name = "program", value = ProgramExamples.PROGRAM)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("code") String code) {
        ProgramDto program = programs.get(existingShape(code));
        return Response.ok(program).tag(ETags.of(program.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createProgram",
            summary = "Create a program", description = "Codes are unique and immutable. Needs X-Change-Reason.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers point at it",
            content = @Content(schema = @Schema(implementation = ProgramDto.class),
                    examples = @ExampleObject(name = "program", value = ProgramExamples.PROGRAM)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "program", value = ProgramExamples.INPUT))) ProgramInput input) {
        var context = writes.of(reason);
        ProgramDto created = programs.create(input, context);
        return Response.created(UriBuilder.fromResource(ProgramResource.class).path(created.code()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateProgram", summary = "Replace a program",
            description = "Full update (set retiredOn to retire it). Needs If-Match and X-Change-Reason. Programs are never deleted.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = ProgramDto.class),
                    examples = @ExampleObject(name = "program", value = ProgramExamples.PROGRAM)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replace(@PathParam("code") String code,
            @Parameter(ref = "If-Match") @HeaderParam("If-Match") String ifMatch,
            @Parameter(ref = WriteContexts.REASON_HEADER) @HeaderParam(WriteContexts.REASON_HEADER) String reason,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "program", value = ProgramExamples.INPUT))) ProgramInput input) {
        var context = writes.of(reason);
        ProgramDto updated = programs.replace(existingShape(code), ETags.requireVersion(ifMatch), input, context);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    /** A path that cannot be a program code names no program, and never reaches the database (it may hold a NUL). */
    private static String existingShape(String code) {
        if (!CODE.matcher(code).matches()) {
            throw ApiException.notFound("No program with code " + code + ".");
        }
        return code;
    }
}
