package org.sanctions.registry.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.common.Roles;

/** The audit log for auditors and compliance officers: query, export as CSV, verify the hash chain. Read-only. */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
public class AuditResource {

    private final AuditQueries queries;
    private final ChainCheck chain;

    public AuditResource(AuditQueries queries, ChainCheck chain) {
        this.queries = queries;
        this.chain = chain;
    }

    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditEvents",
            summary = "Query audit events", description = "Filters combine with AND; oldest first (order=desc: newest "
            + "first); follow nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(
            schema = @Schema(implementation = AuditPage.class), examples = @ExampleObject(name = "page", value = AuditExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public AuditPage events(@BeanParam AuditParams params,
            @Parameter(description = "nextCursor of the previous page", example = "124", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size 1-500 (default 50)", example = "50", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "asc (default: oldest first) or desc (newest first)", example = "desc",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}))
            @QueryParam("order") String order) {
        QueryParams p = new QueryParams();
        AuditFilter filter = params.filter(p);
        long after = p.longValue("cursor", cursor, 0, 0);
        int size = p.integer("limit", limit, 50, 1, 500);
        boolean descending = "desc".equals(order);
        if (order != null && !descending && !"asc".equals(order)) {
            p.fail("order", "must be asc or desc");
        }
        p.done();
        return queries.page(filter, after, size, descending);
    }

    @GET
    @Path("events/export")
    @Produces("text/csv")
    @Operation(operationId = "exportAuditEvents",
            summary = "Export audit events as CSV", description = "Same filters as the query, all matching events, "
            + "streamed. Formula-like cells are prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = AuditExamples.CSV)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response export(@BeanParam AuditParams params) {
        QueryParams p = new QueryParams();
        AuditFilter filter = params.filter(p);
        p.done();
        StreamingOutput body = out -> queries.writeCsv(filter, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"").build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditChain",
            summary = "Verify the hash chain", description = "Recomputes every event's hash and the links between "
            + "them; reports the first broken seq (changed, missing, moved or cut events).")
    @APIResponse(responseCode = "200", description = "Verification result (valid or not)", content = @Content(
            schema = @Schema(implementation = ChainCheck.Result.class),
            examples = @ExampleObject(name = "broken", value = AuditExamples.VERIFY)))
    public ChainCheck.Result verify() throws SQLException {
        return chain.verify();
    }
}
