package org.sanctions.registry.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.Roles;

/** Who asserts each value of a party: the lists that publish it and the people who entered it. */
@Path("/api/v1/parties/{id}/provenance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartyProvenanceResource {

    private final PartyQueries queries;
    private final ValueProvenance provenance;

    public PartyProvenanceResource(PartyQueries queries, ValueProvenance provenance) {
        this.queries = queries;
        this.provenance = provenance;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.EDITOR})
    @Transactional
    @Operation(operationId = "getPartyProvenance", summary = "Read who asserts each value of a party",
            description = "Every value of the party's current document (each name, birth date, identifier, address, "
                    + "position, nationality, citizenship, source reference, and kind, gender, remarks) with the lists "
                    + "and people that assert it. An import replaces only what its own list asserts: a value a person "
                    + "or another list also asserts stays when the list drops it.")
    @APIResponse(responseCode = "200", description = "The values in document order", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ValueProvenanceDto.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ValueProvenanceDto> get(@PathParam("id") UUID id) {
        return provenance.of(id, queries.get(id));
    }
}
