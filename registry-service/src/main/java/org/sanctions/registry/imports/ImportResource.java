package org.sanctions.registry.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sanctions.registry.common.Problem;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.common.WriteContexts;

/** List imports: upload a list file (or set) as a job, follow the job's progress and report, list recent jobs. */
@Path(ImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    static final String PATH = "/api/v1/imports";

    private final ImportService imports;
    private final WriteContexts writes;

    public ImportResource(ImportService imports, WriteContexts writes) {
        this.imports = imports;
        this.writes = writes;
    }

    @POST
    // No @Consumes: JAX-RS would answer a wrong Content-Type (415) before the role check, telling a caller without
    // the role more than 401/403; the type is checked in the method instead.
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createImport",
            summary = "Import a list file", description = "Uploads a list (one file, or the files of an OFAC set) "
            + "and starts an import job: 202 with the job and its Location. The format is checked against the content "
            + "at once; the rest (parsing, the delta against the registry, the writes) runs in the job, all or "
            + "nothing. A re-import of the same file changes nothing; a newer one adds, updates and revokes exactly "
            + "the entries that changed, and replaces only the values its own list asserted: values a person or "
            + "another list asserts stay. With preview=true the job only computes the delta and waits "
            + "(AWAITING_APPROVAL) for another person's approval; a file that would delist more than "
            + "registry.imports.max-delist-share of the list waits the same way, whatever was asked.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued; Location names it", content = @Content(
            schema = @Schema(implementation = ImportJobDto.class),
            examples = @ExampleObject(name = "queued", value = ImportExamples.QUEUED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", description = "Not multipart, or the content is not the declared (or any "
            + "known) list format", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not-the-declared-format", value = ImportExamples.NOT_A_LIST)))
    public Response upload(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm("format") String format,
            @RestForm("reason") String reason, @RestForm("listDate") String listDate, @RestForm("mode") String mode,
            @RestForm("preview") String preview) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)) {
            throw ImportProblems.notMultipart(contentType);
        }
        ImportOrder order = ImportOrder.parse(format, reason, listDate, mode, preview, files == null ? 0 : files.size());
        ImportJobDto job = imports.submit(order, files, writes.actor());
        return Response.accepted(job).location(UriBuilder.fromResource(ImportResource.class)
                .path(job.id().toString()).build()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "getImport", summary = "Read an import job", description = "State (QUEUED, RUNNING, "
            + "AWAITING_APPROVAL, SUCCEEDED, REJECTED, FAILED), progress "
            + "counts while it runs, and the report: rejected rows with line and reason (the first ones; the counts "
            + "are complete), programs created, and for a failed job the problem; a failed job applied nothing.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(
            schema = @Schema(implementation = ImportJobDto.class), examples = {
                @ExampleObject(name = "succeeded", value = ImportExamples.SUCCEEDED),
                @ExampleObject(name = "failed", value = ImportExamples.FAILED)}))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportJobDto get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("{id}/delta")
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER})
    @Operation(operationId = "getImportDelta", summary = "Read an import's delta", description = "What the import "
            + "changes (SUCCEEDED) or would change (AWAITING_APPROVAL): entries added, changed with field-level "
            + "differences, delisted with the measures to be revoked, and values the list dropped that stay because "
            + "a person or another list asserts them. The lists hold the first entries of each kind (truncated); "
            + "the counts and the digest cover all.")
    @APIResponse(responseCode = "200", description = "The delta", content = @Content(
            schema = @Schema(implementation = ImportDelta.class),
            examples = @ExampleObject(name = "preview", value = ImportExamples.DELTA)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportDelta delta(@PathParam("id") UUID id) {
        return imports.delta(id);
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER})
    @Operation(operationId = "approveImport", summary = "Approve an import's delta", description = "Four eyes: "
            + "anyone but the person who started the import. The job is queued again and applies the delta only if "
            + "it comes out exactly as previewed; if the registry changed meanwhile, nothing is applied and the job "
            + "waits again with the new delta (AWAITING_APPROVAL, with a note).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImportDecisionRequest.class)))
    @APIResponse(responseCode = "202", description = "Approved: the job, queued to apply the delta", content =
            @Content(schema = @Schema(implementation = ImportJobDto.class),
            examples = @ExampleObject(name = "approved", value = ImportExamples.APPROVED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Not allowed, or the caller started the import (four-eyes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response approve(@PathParam("id") UUID id, ImportDecisionRequest body) {
        ImportJobDto job = imports.approve(id, body == null ? null : body.reason(), writes.actor());
        return Response.accepted(job).build();
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.OFFICER})
    @Operation(operationId = "rejectImport", summary = "Reject an import's delta", description = "Four eyes: anyone "
            + "but the person who started the import; a reason is required. Nothing of the delta is ever applied; "
            + "the job ends REJECTED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImportDecisionRequest.class)))
    @APIResponse(responseCode = "200", description = "Rejected: the job", content = @Content(
            schema = @Schema(implementation = ImportJobDto.class),
            examples = @ExampleObject(name = "rejected", value = ImportExamples.REJECTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Not allowed, or the caller started the import (four-eyes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ImportJobDto reject(@PathParam("id") UUID id, ImportDecisionRequest body) {
        return imports.reject(id, body == null ? null : body.reason(), writes.actor());
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "listImports",
            summary = "List recent import jobs", description = "Newest first, without their rejects.")
    @APIResponse(responseCode = "200", description = "The most recent jobs", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJobDto.class),
            examples = @ExampleObject(name = "jobs", value = ImportExamples.LIST)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ImportJobDto> list(@Parameter(description = "How many jobs (1-100, default 20)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        int n = params.integer("limit", limit, 20, 1, 100);
        params.done();
        return imports.recent(n);
    }
}
