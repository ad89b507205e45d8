package org.sanctions.lookup.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.sanctions.lookup.evidence.EvidenceRecord;
import org.sanctions.lookup.evidence.EvidenceWriter;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.ListSources;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ScreeningQuery;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.ScreeningViews.BatchResponse;
import org.sanctions.lookup.screening.ScreeningViews.BatchResult;
import org.sanctions.lookup.screening.ScreeningViews.IndexStatus;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;
import org.sanctions.lookup.screening.ScreeningViews.ScreeningResponse;

/** Screens names against the live index and records each screening as evidence before answering. */
@ApplicationScoped
public class ScreeningService {

    /** One screened item ready to answer, with the evidence write it waits for. */
    public record Screened(UUID screeningId, List<MatchView> matches, boolean matched,
            CompletableFuture<Void> recorded) {
    }

    private final IndexState state;
    private final EvidenceWriter evidence;
    private final ObjectMapper json;
    private final ScreeningMetrics metrics;
    private final OwnershipScreening ownership;
    private final ListSources sources;
    private final EngineInfo engine;
    private final MatchOwners owners;

    ScreeningService(IndexState state, EvidenceWriter evidence, ObjectMapper json, ScreeningMetrics metrics,
            OwnershipScreening ownership, ListSources sources, EngineInfo engine, MatchOwners owners) {
        this.owners = owners;
        this.sources = sources;
        this.engine = engine;
        this.ownership = ownership;
        this.state = state;
        this.evidence = evidence;
        this.json = json;
        this.metrics = metrics;
    }

    public double defaultThreshold() {
        return state.index().weights().threshold();
    }

    public CompletionStage<ScreeningResponse> screen(ScreeningRequest request, Caller caller) {
        long start = System.nanoTime();
        ensureLoaded();
        ScreeningQuery query = QueryFactory.toQuery(request, defaultThreshold(), "");
        OwnershipView owned = ownership.screen(request, query.threshold()); // validates before anything is recorded
        Instant now = Instant.now();
        Screened s = screenOne(query, request, caller, "SINGLE", null, null, null, now, owned);
        ScreeningResponse response = new ScreeningResponse(s.screeningId(), state.listVersion(), now,
                query.threshold(), s.matches(), IndexStatus.of(state), sources.states(), engine.version(),
                engine.configHash(), owned);
        return s.recorded().thenApply(v -> {
            metrics.answered(start);
            return response;
        });
    }

    public CompletionStage<BatchResponse> batch(BatchRequest request, Caller caller) {
        ensureLoaded();
        UUID batchId = UUID.randomUUID();
        Instant now = Instant.now();
        List<BatchResult> results = new ArrayList<>(request.items().size());
        List<CompletableFuture<Void>> writes = new ArrayList<>(request.items().size());
        double threshold = request.threshold() == null ? defaultThreshold() : request.threshold();
        for (int i = 0; i < request.items().size(); i++) {
            BatchItem item = request.items().get(i);
            Screened s = screenItem(request, item, i, caller, batchId, now);
            results.add(new BatchResult(item.ref(), s.screeningId(), s.matches()));
            writes.add(s.recorded());
        }
        BatchResponse response = new BatchResponse(batchId, state.listVersion(), now, threshold, results,
                IndexStatus.of(state), sources.states(), engine.version(), engine.configHash());
        return CompletableFuture.allOf(writes.toArray(new CompletableFuture[0])).thenApply(v -> response);
    }

    /** Screens one batch item (index i) and queues its evidence. */
    public Screened screenItem(BatchRequest request, BatchItem item, int i, Caller caller, UUID batchId, Instant now) {
        ScreeningRequest single = request.forItem(item);
        ScreeningQuery query = QueryFactory.toQuery(single, defaultThreshold(), "items[" + i + "].");
        return screenOne(query, single, caller, "BATCH", batchId, null, item.ref(), now);
    }

    /** Screens one query and queues its evidence; the caller answers only after {@code recorded} completes. */
    public Screened screenOne(ScreeningQuery query, Object requestForEvidence, Caller caller, String source,
            UUID batchId, UUID jobId, String ref, Instant now) {
        return screenOne(query, requestForEvidence, caller, source, batchId, jobId, ref, now, null);
    }

    /** As above, with the ownership answer of a request that carried the customer's owners (kept in evidence). */
    private Screened screenOne(ScreeningQuery query, Object requestForEvidence, Caller caller, String source,
            UUID batchId, UUID jobId, String ref, Instant now, OwnershipView owned) {
        long start = System.nanoTime();
        List<Match> matches = state.index().screen(query);
        List<MatchView> views = matches.stream().map(owners::view).toList();
        boolean matched = matches.stream().anyMatch(Match::match);
        UUID id = UUID.randomUUID();
        EvidenceRecord record = new EvidenceRecord(id, now, caller.subject(), caller.clientId(), caller.username(),
                source, batchId, jobId, ref, write(requestForEvidence), state.listVersion(), query.threshold(),
                matched, write(summaries(matches, views)), state.stale(),
                engine.version(), engine.configHash(), sources.statesJson(), owned == null ? null : write(owned));
        metrics.matched(start);
        return new Screened(id, views, matched, evidence.record(record));
    }

    public ScreeningQuery toQuery(ScreeningRequest request, String fieldPrefix) {
        return QueryFactory.toQuery(request, defaultThreshold(), fieldPrefix);
    }

    public long listVersion() {
        return state.listVersion();
    }

    private void ensureLoaded() {
        if (!state.loaded()) {
            throw new ProblemException(503, "upstream-unavailable",
                    "The screening index is not loaded yet; retry when /q/health/ready is UP.", null);
        }
    }

    /**
     * What evidence keeps of each match: enough for an auditor to follow the score (the explanation included), the
     * measures it was screened against (derived ones marked) and, for a party with owners or controllers, the
     * ownership rule's result with its path as the answer showed it.
     */
    private static List<Map<String, Object>> summaries(List<Match> matches, List<MatchView> views) {
        List<Map<String, Object>> out = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("partyId", m.party().id());
            summary.put("score", m.score());
            summary.put("match", m.match());
            summary.put("matchedName", m.matchedName());
            summary.put("primaryName", m.party().primaryName());
            summary.put("sources", m.party().sources());
            summary.put("explanation", m.explanation());
            summary.put("measures", views.get(i).measures());
            if (views.get(i).ownership() != null) {
                summary.put("ownership", views.get(i).ownership());
            }
            out.add(summary);
        }
        return out;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise evidence", e);
        }
    }
}
