package org.sanctions.registry.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.audit.chain.JsonDiff;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyStore;

/**
 * Holds editor writes as change requests: each is first run for real in a transaction of its own that is rolled back
 * (so it is validated exactly as when applied, and nothing of it, not even an audit event, is written), and the
 * party before and after that dry run is stored as the request's diff.
 */
@ApplicationScoped
public class ChangeRequests {

    /**
     * Members that change with every write and would only clutter a diff (as in the audit log), and the id, which
     * for a creation is only the dry run's.
     */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "updatedAt", "createdAt");

    private final ChangeRequestRepository repository;
    private final ChangeApplier applier;
    private final PartyStore store;
    private final ObjectMapper json;

    public ChangeRequests(ChangeRequestRepository repository, ChangeApplier applier, PartyStore store, ObjectMapper json) {
        this.repository = repository;
        this.applier = applier;
        this.store = store;
        this.json = json;
    }

    private record DryRun(PartyDto before, PartyDto after) {
    }

    /** Dry-runs the write (its 4xx problems come out as they would) and stores it as a PENDING request. */
    public ChangeRequestDto submit(ProposedChange change, WriteContext context) {
        DryRun run = dryRun(change, context);
        return QuarkusTransaction.requiringNew().call(() -> store(change, run, context));
    }

    private DryRun dryRun(ProposedChange change, WriteContext context) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                PartyDto before = change.partyId() == null ? null : store.dto(store.lock(change.partyId()));
                throw new RolledBack(new DryRun(before, applier.apply(change, context)));
            });
        } catch (RolledBack done) {
            return done.run;
        }
        throw new IllegalStateException("a dry run always ends by rolling back");
    }

    /** Ends the dry run's transaction by rollback (the runner rolls back on any exception) and carries its result. */
    private static final class RolledBack extends RuntimeException {

        private final transient DryRun run;

        RolledBack(DryRun run) {
            super(null, null, false, false);
            this.run = run;
        }
    }

    private ChangeRequestDto store(ProposedChange change, DryRun run, WriteContext context) {
        JsonNode before = run.before() == null ? null : json.valueToTree(run.before());
        JsonNode after = json.valueToTree(run.after());
        ChangeRequestEntity request = new ChangeRequestEntity();
        request.id = UUID.randomUUID();
        request.kind = change.kind();
        request.partyId = change.partyId();
        request.measureId = change.measureId();
        request.baseVersion = run.before() == null ? null : run.before().version();
        request.body = repository.text(change.body());
        request.diff = repository.text(new ChangeDiff(before, after, JsonDiff.of(before, after, BOOKKEEPING)));
        request.state = ChangeState.PENDING;
        request.makerSubject = context.actor().subject();
        request.makerUsername = context.actor().username();
        request.makerReason = context.reason();
        request.createdAt = Timestamps.now();
        repository.persist(request);
        return repository.dto(request);
    }

    @Transactional
    public ChangeRequestDto get(UUID id) {
        return repository.dto(repository.require(id));
    }

    /** A page of requests in creation order; {@code cursor} is the id of the last request of the previous page. */
    @Transactional
    public ChangeRequestPage list(ChangeState state, UUID cursor, int limit) {
        ChangeRequestEntity after = cursor == null ? null : repository.findByIdOptional(cursor).orElseThrow(() ->
                ApiException.invalid("cursor", "is not a cursor this service issued (use nextCursor from a list response)"));
        List<ChangeRequestEntity> rows = repository.page(state, after, limit + 1);
        List<ChangeRequestDto> items = rows.stream().limit(limit).map(repository::dto).toList();
        String next = rows.size() > limit ? items.get(items.size() - 1).id().toString() : null;
        return new ChangeRequestPage(items, next);
    }
}
