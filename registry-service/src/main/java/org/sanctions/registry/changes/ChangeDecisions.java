package org.sanctions.registry.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyStore;

/**
 * Decides change requests: approval by a second editor applies the held write through the normal service path (or
 * marks it STALE when the party moved since), rejection needs a reason, withdrawal is for the maker alone.
 */
@ApplicationScoped
public class ChangeDecisions {

    private final ChangeRequestRepository repository;
    private final ChangeApplier applier;
    private final PartyStore store;
    private final ChangeLog changes;

    public ChangeDecisions(ChangeRequestRepository repository, ChangeApplier applier, PartyStore store,
            ChangeLog changes) {
        this.repository = repository;
        this.applier = applier;
        this.store = store;
        this.changes = changes;
    }

    /**
     * Applies the request as {@code checker}; the audit event's reason names the request, both people and both
     * reasons. Returns the request APPLIED, or STALE (committed) when the party's version is no longer the base one.
     */
    @Transactional
    public ChangeRequestDto approve(UUID id, Actor checker, String reason) {
        changes.holdChainForWrite(); // chain, then rows: the order every write keeps
        ChangeRequestEntity request = pending(id, "approve");
        requireOtherThanMaker(request, checker, "approve", "a second editor must approve it");
        if (request.partyId != null && store.lock(request.partyId).version != request.baseVersion) {
            decide(request, ChangeState.STALE, checker, reason);
            return repository.dto(request);
        }
        ProposedChange change = new ProposedChange(request.kind, request.partyId, request.measureId,
                request.baseVersion, repository.tree(request.body));
        PartyDto result = applier.apply(change, new WriteContext(checker, auditReason(request, checker, reason)));
        decide(request, ChangeState.APPLIED, checker, reason);
        request.partyId = result.id();
        request.resultVersion = result.version();
        return repository.dto(request);
    }

    @Transactional
    public ChangeRequestDto reject(UUID id, Actor checker, String reason) {
        ChangeRequestEntity request = pending(id, "reject");
        requireOtherThanMaker(request, checker, "reject", "withdraw it instead");
        decide(request, ChangeState.REJECTED, checker, reason);
        return repository.dto(request);
    }

    @Transactional
    public ChangeRequestDto withdraw(UUID id, Actor maker, String reason) {
        ChangeRequestEntity request = pending(id, "withdraw");
        if (!maker.subject().equals(request.makerSubject)) {
            throw new ApiException(403, "not-the-maker", "Only the maker may withdraw", "Change request " + id
                    + " was made by " + request.makerUsername + ": only they can withdraw it (you may reject it).",
                    List.of());
        }
        decide(request, ChangeState.WITHDRAWN, maker, reason);
        return repository.dto(request);
    }

    /** "change request ID, made by MAKER (REASON), approved by CHECKER: REASON", as the applied write's audit reason. */
    static String auditReason(ChangeRequestEntity request, Actor checker, String reason) {
        return "change request " + request.id + ", made by " + request.makerUsername + " (" + request.makerReason
                + "), approved by " + checker.username() + (reason == null ? "" : ": " + reason);
    }

    private ChangeRequestEntity pending(UUID id, String verb) {
        ChangeRequestEntity request = repository.lock(id);
        if (request.state != ChangeState.PENDING) {
            throw ApiException.conflict("Change request " + id + " is " + request.state + ", not PENDING: there is "
                    + "nothing to " + verb + ".");
        }
        return request;
    }

    private static void requireOtherThanMaker(ChangeRequestEntity request, Actor person, String verb, String hint) {
        if (person.subject().equals(request.makerSubject)) {
            throw new ApiException(403, "four-eyes", "Four eyes required", "You made change request " + request.id
                    + ", so you cannot " + verb + " it: " + hint + ".", List.of());
        }
    }

    private static void decide(ChangeRequestEntity request, ChangeState state, Actor person, String reason) {
        request.state = state;
        request.checkerSubject = person.subject();
        request.checkerUsername = person.username();
        request.checkerReason = reason;
        request.decidedAt = Timestamps.now();
    }
}
