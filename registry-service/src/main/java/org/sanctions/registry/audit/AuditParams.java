package org.sanctions.registry.audit;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sanctions.registry.common.QueryParams;

/** Query parameters of the audit log, parsed here so that bad values are 400 problems naming the parameter. */
public class AuditParams {

    @QueryParam("party")
    @Parameter(description = "Only events of this party (id)", example = "9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f")
    public String party;
    @QueryParam("program")
    @Parameter(description = "Only events of this program (code)", example = "HK-EO13936")
    public String program;
    @QueryParam("actor")
    @Parameter(description = "Token subject or user name of the actor", example = "editor")
    public String actor;
    @QueryParam("action")
    @Parameter(description = "PARTY_CREATED, PARTY_UPDATED, MEASURE_ADDED, MEASURE_REVOKED, MEASURE_EXPIRED, "
            + "PROGRAM_CREATED or PROGRAM_UPDATED", example = "MEASURE_REVOKED")
    public String action;
    @QueryParam("from")
    @Parameter(description = "Events at or after this instant", example = "2025-03-01T00:00:00Z")
    public String from;
    @QueryParam("to")
    @Parameter(description = "Events before this instant", example = "2025-04-01T00:00:00Z")
    public String to;

    AuditFilter filter(QueryParams p) {
        if (party != null && program != null) {
            p.fail("party", "give party or program, not both");
        }
        EntityType type = party != null ? EntityType.PARTY : program != null ? EntityType.PROGRAM : null;
        String id = party != null ? uuid(p) : p.text("program", program, 64);
        return new AuditFilter(type, id, p.text("actor", actor, 255), p.enumValue("action", action, Action.class),
                p.instant("from", from), p.instant("to", to));
    }

    private String uuid(QueryParams p) {
        try {
            return UUID.fromString(party).toString();
        } catch (IllegalArgumentException e) {
            return p.fail("party", "must be a party id (UUID)");
        }
    }
}
