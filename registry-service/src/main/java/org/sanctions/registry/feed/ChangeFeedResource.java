package org.sanctions.registry.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

/** The change feed that followers of the registry (the lookup service) read by long-poll. */
@Path("/api/v1/changes")
@Tag(name = "Change feed")
@RolesAllowed({Roles.FEED_READER, Roles.AUDITOR})
public class ChangeFeedResource {

    private final ChangeFeed feed;

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges",
            summary = "Follow the change feed", description = "Events after the cursor in seq order, each with the "
            + "full state after the change. With waitSeconds it answers as soon as a change commits (or when the wait "
            + "ends, with no events and lastSeq = after).")
    @APIResponse(responseCode = "200", description = "A page of changes", content = @Content(
            schema = @Schema(implementation = ChangePage.class), examples = @ExampleObject(name = "changes",
                    value = FeedExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ChangePage changes(
            @Parameter(description = "Return events with seq above this (0 = from the start)", example = "123",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("after") String after,
            @Parameter(description = "1-1000, default 100", example = "100", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "0-30: how long to wait for a change when there is none", example = "25",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("waitSeconds") String waitSeconds) throws InterruptedException {
        QueryParams p = new QueryParams();
        long from = p.longValue("after", after, 0, 0);
        int size = p.integer("limit", limit, 100, 1, 1000);
        int wait = p.integer("waitSeconds", waitSeconds, 0, 0, 30);
        p.done();
        return feed.changes(from, size, wait * 1000L);
    }
}
