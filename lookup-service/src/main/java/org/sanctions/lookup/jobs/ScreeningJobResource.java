package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.problem.Problem;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.problem.StorableText;
import org.sanctions.lookup.screening.AcceptHeader;
import org.sanctions.lookup.screening.Caller;

/** Screening jobs: upload a CSV or NDJSON file of any size, follow its progress, download the results. */
@Path("/api/v1/screening-jobs")
@Tag(name = "Screening jobs")
@RolesAllowed({"screening-client", "compliance-officer", "registry-editor"})
public class ScreeningJobResource {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";
    private static final String PROBLEM = "application/problem+json";

    private final JobStore store;
    private final JobRunner runner;
    private final JobResultWriter resultWriter;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    ScreeningJobResource(JobStore store, JobRunner runner, JobResultWriter resultWriter, SecurityIdentity identity,
            ObjectMapper json) {
        this.store = store;
        this.runner = runner;
        this.resultWriter = resultWriter;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Blocking
    @Consumes({CSV, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createScreeningJob",
            summary = "Start a screening job from a CSV (header: name[,ref,kind,birthDate,nationality]) or NDJSON body")
    @APIResponse(responseCode = "202", description = "The job was accepted; follow its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobView.class), examples = @ExampleObject(name = "job",
                    value = "{\"jobId\":\"...\",\"status\":\"QUEUED\",\"format\":\"CSV\",\"rowsProcessed\":0,"
                            + "\"resultsUrl\":\"/api/v1/screening-jobs/.../results\"}")))
    @APIResponse(responseCode = "400", description = "Invalid options", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed to screen", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is neither CSV nor NDJSON", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(InputStream body, @HeaderParam("Content-Type") String contentType,
            @QueryParam("threshold") Double threshold, @QueryParam("limit") Integer limit,
            @QueryParam("program") List<String> programs, @QueryParam("authority") List<String> authorities,
            @QueryParam("measureType") List<String> measureTypes, @QueryParam("asOf") String asOf)
            throws IOException, SQLException {
        JobOptions options = options(threshold, limit, programs, authorities, measureTypes, asOf);
        boolean csv = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CSV);
        UUID id = UUID.randomUUID();
        var spool = runner.spool(id, body, csv);
        Caller caller = Caller.of(identity);
        try {
            store.create(id, caller, csv ? "CSV" : "NDJSON", json.writeValueAsString(options), runner.worker());
        } catch (SQLException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(spool);
            throw e;
        }
        runner.submit(id, spool, csv, options, caller);
        return Response.accepted(store.find(id, caller.subject()).orElseThrow())
                .location(URI.create("/api/v1/screening-jobs/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScreeningJob", summary = "Status and progress of a job")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JobView.class), examples = @ExampleObject(name = "running", value = "{\"jobId\":\"...\",\"status\":\"RUNNING\","
                    + "\"rowsProcessed\":1500,\"rowsMatched\":3,\"rowsFailed\":1}")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job for this caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public JobView status(@PathParam("id") String id) {
        return job(id);
    }

    @GET
    @Path("/{id}/results")
    @Produces({NDJSON, CSV})
    @Operation(operationId = "getScreeningJobResults",
            summary = "Results of a job so far, in row order: NDJSON (default) or CSV per Accept")
    @APIResponse(responseCode = "200", description = "One line per input row",
            content = {@Content(mediaType = NDJSON, schema = @Schema(implementation = JobResultLine.class),
                    examples = @ExampleObject(name = "row", value = "{\"row\":2,"
                    + "\"ref\":\"c-1\",\"status\":\"OK\",\"match\":true,\"screeningId\":\"...\",\"matches\":[]}")),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv",
                    value = "row,ref,status,error,match,screeningId,topPartyId,topScore,topName"))})
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such job for this caller", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response results(@PathParam("id") String id, @HeaderParam("Accept") String accept) {
        JobView job = job(id);
        boolean csv = AcceptHeader.prefers(accept, CSV, NDJSON);
        StreamingOutput out = csv ? resultWriter.csv(job.jobId()) : resultWriter.ndjson(job.jobId());
        return Response.ok(out).type(csv ? CSV : NDJSON).build();
    }

    private JobView job(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No screening job " + id + ".");
        }
        return store.find(uuid, Caller.of(identity).subject())
                .orElseThrow(() -> ProblemException.notFound("No screening job " + id + "."));
    }

    private static JobOptions options(Double threshold, Integer limit, List<String> programs, List<String> authorities,
            List<String> measureTypes, String asOf) {
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw ProblemException.invalid("threshold", "must be between 0 and 1");
        }
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ProblemException.invalid("limit", "must be between 1 and 100");
        }
        StorableText.requireStorable("program", programs);
        StorableText.requireStorable("authority", authorities);
        List<MeasureType> types;
        try {
            types = measureTypes.stream().map(t -> MeasureType.valueOf(t.toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("measureType", "must be one of " + List.of(MeasureType.values()));
        }
        LocalDate day = null;
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("asOf", "must be a date YYYY-MM-DD");
            }
        }
        return new JobOptions(threshold, limit, programs, authorities, types, day);
    }
}
