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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.registry.common.Roles;

/** Who asserts each value of a party: the lists that publish it and the people who entered it. */
@Path("/api/v1/parties/{id}/provenance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartyProvenanceResource {

    private static final String PROVENANCE = "[{\"field\":\"names\",\"value\":{\"fullName\":\"LAM CHENG, Yuet-ngor\","
            + "\"type\":\"AKA\",\"script\":\"Latn\",\"language\":null},\"assertedBy\":[{\"kind\":\"PERSON\","
            + "\"asserter\":\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"importId\":null,"
            + "\"fileSha256\":null,\"reason\":\"Aliases from the US announcement of 2020-08-07\","
            + "\"at\":\"2025-04-01T09:00:00Z\"},{\"kind\":\"LIST\",\"asserter\":\"US-OFAC/SDN\",\"username\":"
            + "\"editor\",\"importId\":\"1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b\",\"fileSha256\":"
            + "\"9f2c4be5d8a1e0b7c6f3a2d1e4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3\",\"reason\":\"OFAC SDN list of "
            + "2024-05-01\",\"at\":\"2025-05-02T09:00:00Z\"}]}]";

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
            schema = @Schema(type = SchemaType.ARRAY, implementation = ValueProvenanceDto.class),
            examples = @ExampleObject(name = "provenance", value = PROVENANCE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ValueProvenanceDto> get(@PathParam("id") UUID id) {
        return provenance.of(id, queries.get(id));
    }
}
