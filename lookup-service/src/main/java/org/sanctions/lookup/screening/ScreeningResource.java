package org.sanctions.lookup.screening;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.evidence.EvidenceFilter;
import org.sanctions.lookup.evidence.EvidenceQueries;
import org.sanctions.lookup.evidence.EvidenceView;
import org.sanctions.lookup.problem.Problem;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.problem.StorableText;
import org.sanctions.lookup.screening.ScreeningViews.BatchResponse;
import org.sanctions.lookup.screening.ScreeningViews.BatchResult;
import org.sanctions.lookup.screening.ScreeningViews.ScreeningResponse;

/** Screening endpoints (single, batch) and the auditors' view of recorded screenings. */
@Path("/api/v1/screenings")
@Tag(name = "Screening")
public class ScreeningResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String PROBLEM = "application/problem+json";

    private final ScreeningService screening;
    private final BatchStreamer streamer;
    private final EvidenceQueries evidence;
    private final SecurityIdentity identity;
    private final ManagedExecutor executor;

    ScreeningResource(ScreeningService screening, BatchStreamer streamer, EvidenceQueries evidence,
            SecurityIdentity identity, ManagedExecutor executor) {
        this.executor = executor;
        this.screening = screening;
        this.streamer = streamer;
        this.evidence = evidence;
        this.identity = identity;
    }

    @POST
    @NonBlocking // matching is CPU work of a fraction of a millisecond; the evidence commit is awaited, not blocked on
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screening-client", "compliance-officer", "registry-editor"})
    @Operation(operationId = "screenName", summary = "Screen one name against the listed parties",
            description = "With ownership.owners, also screens each owner and says per jurisdiction (US, EU, UK)"
                    + " whether the customer is blocked through them, with the proving paths")
    @APIResponse(responseCode = "200", description = "Ranked matches at or above the threshold, with explanations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningResponse.class), examples = {@ExampleObject(name = "match",
                    value = "{\"screeningId\":\"0b6f...\",\"listVersion\":130,\"screenedAt\":\"2026-11-28T10:00:00Z\","
                            + "\"threshold\":0.66,\"matches\":[{\"partyId\":\"...\",\"score\":0.88,\"match\":true,"
                            + "\"matchedName\":\"LEE, John Ka-chiu\",\"primaryName\":\"LEE, John Ka-chiu\","
                            + "\"kind\":\"PERSON\",\"sources\":[],\"measures\":[],\"explanation\":{}}],"
                            + "\"index\":{\"stale\":false},\"sources\":[{\"source\":\"ofac-sdn\",\"fileSha256\":"
                            + "\"5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50\",\"appliedAt\":"
                            + "\"2026-11-28T09:58:00Z\",\"importId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\","
                            + "\"state\":\"APPLIED\"}]}"), @ExampleObject(name = "ownership",
                    summary = "Request with owners 30% + 25% (both listed): blocked under US and EU, not UK",
                    value = "{\"screeningId\":\"...\",\"listVersion\":130,\"threshold\":0.66,\"matches\":[],"
                            + "\"index\":{\"stale\":false},\"ownership\":{\"US\":{\"blocked\":true,"
                            + "\"aggregateShare\":55,\"upperBoundWouldBlock\":false,\"controlled\":false,"
                            + "\"paths\":[[{\"owner\":\"ownership.owners[0]\",\"ownerName\":\"Arkady Karavayev\","
                            + "\"owned\":\"customer\",\"share\":{\"min\":30,\"max\":30},\"controls\":false,"
                            + "\"listedPartyId\":\"...\",\"programs\":[\"RUSSIA-EO14024\"]}]],\"cycles\":[],"
                            + "\"notes\":[]},\"EU\":{\"blocked\":true},\"UK\":{\"blocked\":false,"
                            + "\"aggregateShare\":30},\"owners\":[{\"ref\":\"ownership.owners[0]\","
                            + "\"name\":\"Arkady Karavayev\",\"match\":{\"partyId\":\"...\"}}]}}")}))
    @APIResponse(responseCode = "400", description = "Invalid request (empty or too long name, bad date, unknown enum;"
            + " an owner's share outside 0..100, direct shares over 100%, owners nested over 6 levels)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed to screen", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Index not loaded yet or evidence store unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<ScreeningResponse> screen(@Valid @NotNull ScreeningRequest request) {
        Context eventLoop = Vertx.currentContext();
        Caller caller = Caller.of(identity);
        // an ownership structure means one screening per owner (up to MAX_OWNERS): a worker's job, not the event
        // loop's, which the single screenings of every other caller share
        CompletionStage<ScreeningResponse> answer = hasOwners(request)
                ? CompletableFuture.supplyAsync(() -> screening.screen(request, caller), executor)
                        .thenCompose(stage -> stage)
                : screening.screen(request, caller);
        // the answer is written on the request's event loop, not on the evidence writer that completed it
        return eventLoop == null ? answer
                : answer.thenApplyAsync(r -> r, task -> eventLoop.runOnContext(v -> task.run()));
    }

    private static boolean hasOwners(ScreeningRequest request) {
        return request.ownership() != null && request.ownership().owners() != null
                && !request.ownership().owners().isEmpty() || request.owners() != null && !request.owners().isEmpty();
    }

    @POST
    @Path("/batch")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @RolesAllowed({"screening-client", "compliance-officer", "registry-editor"})
    @Operation(operationId = "screenBatch",
            summary = "Screen up to 10,000 names; Accept: application/x-ndjson streams one line per item")
    @APIResponse(responseCode = "200", description = "Results per item, in request order",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchResponse.class), examples = @ExampleObject(name = "batch",
                    value = "{\"batchId\":\"...\",\"listVersion\":130,\"threshold\":0.66,\"results\":"
                            + "[{\"ref\":\"c-1\",\"screeningId\":\"...\",\"matches\":[]}],\"sources\":[{\"source\":"
                            + "\"ofac-sdn\",\"fileSha256\":\"5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50\","
                            + "\"appliedAt\":\"2026-11-28T09:58:00Z\"}]}")),
                @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "lines",
                    value = "{\"ref\":\"c-1\",\"screeningId\":\"...\",\"matches\":[]}"))})
    @APIResponse(responseCode = "400", description = "Invalid batch or item", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed to screen", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Index not loaded yet or evidence store unavailable",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response batch(@Valid @NotNull BatchRequest request, @HeaderParam("Accept") String accept) {
        Caller caller = Caller.of(identity);
        if (AcceptHeader.prefers(accept, NDJSON, MediaType.APPLICATION_JSON)) {
            return Response.ok(streamer.stream(request, caller)).type(NDJSON).build();
        }
        try {
            return Response.ok(screening.batch(request, caller).toCompletableFuture().join())
                    .type(MediaType.APPLICATION_JSON).build();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("auditor")
    @Operation(operationId = "getScreening",
            summary = "Evidence of one screening: who, when, query, list version, threshold, outcome, top matches")
    @APIResponse(responseCode = "200", description = "The recorded screening",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceView.class), examples = @ExampleObject(name = "evidence",
                    value = "{\"screeningId\":\"...\",\"screenedAt\":\"2026-11-28T10:00:00Z\",\"clientId\":\"bank-demo\","
                            + "\"source\":\"SINGLE\",\"listVersion\":130,\"threshold\":0.66,\"outcome\":\"MATCH\"}")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an auditor", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such screening", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EvidenceView get(@PathParam("id") String id) {
        return evidence.byId(uuid(id)).orElseThrow(() -> ProblemException.notFound("No screening " + id + "."));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("auditor")
    @Operation(operationId = "listScreenings",
            summary = "Recorded screenings of a client in a period, oldest (or newest) first, cursor paged",
            description = "Filters combine with AND: clientId, user, outcome, listVersion, from, to. order=desc "
                    + "lists the newest first; a cursor (next) continues in the order it was given in.")
    @APIResponse(responseCode = "200", description = "A page of evidence and the cursor of the next page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceView.Page.class), examples = @ExampleObject(name = "page",
                    value = "{\"items\":[],\"next\":null}")))
    @APIResponse(responseCode = "400", description = "Invalid period or cursor", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an auditor", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EvidenceView.Page list(@QueryParam("clientId") String clientId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Token subject or user name of who screened", example = "officer")
            @QueryParam("user") String user,
            @Parameter(description = "MATCH or NO_MATCH", example = "MATCH",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"MATCH", "NO_MATCH"}))
            @QueryParam("outcome") String outcome,
            @Parameter(description = "Only screenings against this list version (feed sequence)", example = "130")
            @QueryParam("listVersion") @Min(0) Long listVersion,
            @Parameter(description = "asc (default): oldest first; desc: newest first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"}, defaultValue = "asc"))
            @QueryParam("order") String order) {
        StorableText.requireStorable("clientId", Collections.singletonList(clientId));
        StorableText.requireStorable("user", Collections.singletonList(user));
        StorableText.requireStorable("after", Collections.singletonList(after));
        if (outcome != null && !outcome.equals("MATCH") && !outcome.equals("NO_MATCH")) {
            throw ProblemException.invalid("outcome", "must be MATCH or NO_MATCH");
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw ProblemException.invalid("order", "must be asc or desc");
        }
        Instant start = from == null ? Instant.EPOCH : instant("from", from);
        Instant end = to == null ? Instant.now().plusSeconds(1) : instant("to", to);
        return evidence.list(new EvidenceFilter(clientId, user, outcome, listVersion, start, end, "desc".equals(order)),
                after, limit);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-11-28T00:00:00Z");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No screening " + id + ".");
        }
    }
}
