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
    @QueryParam("source")
    @Parameter(description = "Only events of this list source (id): settings changes, fetched files, failed fetches",
            example = "ofac-sdn")
    public String source;
    @QueryParam("importJob")
    @Parameter(description = "Only events of this import job (id): previewed, approved, rejected, applied",
            example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b")
    public String importJob;
    @QueryParam("actor")
    @Parameter(description = "Token subject or user name of the actor", example = "editor")
    public String actor;
    @QueryParam("action")
    @Parameter(description = "PARTY_CREATED, PARTY_UPDATED, MEASURE_ADDED, MEASURE_REVOKED, MEASURE_EXPIRED, "
            + "PROGRAM_CREATED, PROGRAM_UPDATED, SOURCE_UPDATED, SOURCE_FETCHED, SOURCE_FETCH_FAILED, IMPORT_PREVIEWED, "
            + "IMPORT_APPROVED, IMPORT_REJECTED or IMPORT_APPLIED", example = "MEASURE_REVOKED")
    public String action;
    @QueryParam("from")
    @Parameter(description = "Events at or after this instant", example = "2025-03-01T00:00:00Z")
    public String from;
    @QueryParam("to")
    @Parameter(description = "Events before this instant", example = "2025-04-01T00:00:00Z")
    public String to;

    AuditFilter filter(QueryParams p) {
        long given = java.util.stream.Stream.of(party, program, source, importJob).filter(v -> v != null).count();
        if (given > 1) {
            p.fail(party != null ? "party" : "program", "give one of party, program, source and importJob");
        }
        EntityType type = party != null ? EntityType.PARTY : program != null ? EntityType.PROGRAM
                : source != null ? EntityType.SOURCE : importJob != null ? EntityType.IMPORT : null;
        String id = party != null ? uuid(p, "party", party) : importJob != null ? uuid(p, "importJob", importJob)
                : source != null ? p.text("source", source, 64) : p.text("program", program, 64);
        return new AuditFilter(type, id, p.text("actor", actor, 255), p.enumValue("action", action, Action.class),
                p.instant("from", from), p.instant("to", to));
    }

    private static String uuid(QueryParams p, String name, String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            return p.fail(name, "must be an id (UUID)");
        }
    }
}
