package org.sanctions.registry.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.Roles;

/** The snapshot a follower loads before it follows the change feed. */
@Path("/api/v1/parties/export")
@Tag(name = "Change feed")
@RolesAllowed({Roles.FEED_READER, Roles.AUDITOR})
public class ExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final SnapshotExport export;

    public ExportResource(SnapshotExport export) {
        this.export = export;
    }

    @GET
    @Produces(NDJSON)
    @Operation(operationId = "exportParties",
            summary = "Export a snapshot", description = "NDJSON: a header line {format, formatVersion, seq, "
            + "exportedAt, sources: [ListState: {source, fileSha256, appliedAt, importId}, the last applied import of "
            + "each list source at seq]}, then one {\"program\":...} line per program and one {\"party\":...} line per party, exactly "
            + "as of seq (also in X-Snapshot-Seq). Continue with /changes?after=seq.")
    @APIResponse(responseCode = "200", description = "The snapshot, streamed",
            headers = @Header(name = "X-Snapshot-Seq", description = "The seq the snapshot reflects",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "Lines of JSON: the header, then one party per line"),
                    examples = @ExampleObject(name = "export", value = FeedExamples.EXPORT)))
    public Response export() throws SQLException {
        long seq = export.committedSeq();
        StreamingOutput body = out -> export.write(seq, out);
        return Response.ok(body, NDJSON).header("X-Snapshot-Seq", seq).build();
    }
}
