package org.sanctions.registry.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Roles;

/** A party's change history with field-level diffs, for anyone who may read the registry. */
@Path("/api/v1/parties/{id}/history")
@Tag(name = "Parties")
public class PartyHistoryResource {

    private final AuditQueries queries;

    public PartyHistoryResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Operation(operationId = "getPartyHistory",
            summary = "Read a party's history", description = "Every change, oldest first: who, when, why, and the "
            + "field-level diff (JSON Pointer paths).")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class),
            examples = @ExampleObject(name = "history", value = AuditExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        List<HistoryEntry> entries = queries.history(EntityType.PARTY, id.toString());
        if (entries.isEmpty()) {
            throw ApiException.notFound("No party with id " + id + ".");
        }
        return entries;
    }
}
