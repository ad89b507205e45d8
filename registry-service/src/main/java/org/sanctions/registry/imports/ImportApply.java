package org.sanctions.registry.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.DeltaPlanner;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.PartyFingerprint;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.imports.ImportCheck.Checked;
import org.sanctions.registry.imports.ImportEntries.Known;
import org.sanctions.registry.imports.ImportEntries.ListName;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyQueries;
import org.sanctions.registry.party.PartyRepository;
import org.sanctions.registry.party.Relationship;

/**
 * The second pass: applies the whole delta in one transaction, so a failure anywhere (a broken file, a refused
 * write, a crash) leaves the registry as it was. A dry run, a delta that delists more than the allowed share, and an
 * approved delta that no longer comes out the same are rolled back the same way, their delta kept for review. Entries are parsed again and streamed: the persistence context is
 * cleared every batch, so memory holds only the keys and fingerprints of the lists the file covers.
 */
@ApplicationScoped
class ImportApply {

    /** Advisory lock key: one import at a time across all replicas, as two imports of one list would collide. */
    private static final long IMPORT_LOCK = 0x494D504F5254L;

    private final EntityManager em;
    private final ImportsConfig config;
    private final ImportEntries entries;
    private final EntryMapper mapper;
    private final EntryWriter writer;
    private final ImportPrograms programs;
    private final PartyRepository parties;
    private final ImportJobRepository jobs;
    private final ChangeLog changeLog;
    private final PartyQueries queries;
    private final ObjectMapper json;

    ImportApply(EntityManager em, ImportsConfig config, ImportEntries entries, EntryMapper mapper, EntryWriter writer,
            ImportPrograms programs, PartyRepository parties, ImportJobRepository jobs, ChangeLog changeLog,
            PartyQueries queries, ObjectMapper json) {
        this.changeLog = changeLog;
        this.queries = queries;
        this.json = json;
        this.em = em;
        this.config = config;
        this.entries = entries;
        this.mapper = mapper;
        this.writer = writer;
        this.programs = programs;
        this.parties = parties;
        this.jobs = jobs;
    }

    /** The state of one run of the second pass. */
    private record Run(ImportRequest request, Checked checked, ImportTally tally, WriteContext context,
            Map<SourceKey, Known> known, Map<SourceKey, UUID> claimed, DeltaPlanner planner, Runnable heartbeat,
            long[] unflushed, DeltaCollector delta) {

        /** The write context of the entry's list. */
        WriteContext of(SourceKey key) {
            return context.forList(new WriteContext.ListAssertion(key.authority(), key.list(), request.id(),
                    request.fileSha256()));
        }
    }

    /** How a run ended: applied and committed, or rolled back with its delta waiting for a decision. */
    enum Outcome {
        APPLIED,
        AWAITING_APPROVAL
    }

    /** Thrown inside the run's transaction to roll it back when its delta is not to be applied (yet). */
    private static final class NotApplied extends RuntimeException {
        private final transient ImportDelta delta;
        private final String why;

        NotApplied(ImportDelta delta, String why) {
            super(why, null, false, false);
            this.delta = delta;
            this.why = why;
        }
    }

    /**
     * Runs the second pass in one transaction and commits it, unless it is a dry run, its delistings exceed the
     * allowed share, or (after an approval) its delta differs from the approved one: then it rolls back and the delta
     * waits for a decision.
     */
    Outcome apply(ImportRequest request, ImportInput input, ListParser parser, Checked checked, ImportTally tally,
            WriteContext context, Runnable heartbeat) {
        try {
            run(request, input, parser, checked, tally, context, heartbeat);
            return Outcome.APPLIED;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NotApplied held) { // rolled back: the registry is as it was
                    jobs.await(request.id(), checked.listDate(), tally.report(), held.delta, held.why);
                    return Outcome.AWAITING_APPROVAL;
                }
            }
            throw e;
        }
    }

    private void run(ImportRequest request, ImportInput input, ListParser parser, Checked checked, ImportTally tally,
            WriteContext context, Runnable heartbeat) {
        QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds()).run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
            // take the audit chain before any party row lock, so a single-record writer can never deadlock with us
            changeLog.holdChain();
            programs.createMissing(checked.summary().programs(), checked.programsUsed(), tally, context);
            Set<ListName> scope = new LinkedHashSet<>(checked.lists());
            scope.addAll(entries.listsOf(request.format()));
            Map<SourceKey, Known> known = entries.listed(scope);
            Map<SourceKey, String> fingerprints = new HashMap<>();
            known.forEach((key, k) -> fingerprints.put(key, k.fingerprint()));
            Run run = new Run(request, checked, tally, context, known, entries.claimed(scope),
                    new DeltaPlanner(fingerprints), heartbeat, new long[1], new DeltaCollector(json, config.deltaItems()));
            parser.parse(input, entry -> write(run, entry), row -> { });
            if (request.mode() == ImportMode.FULL) {
                for (SourceKey key : run.planner().plan().toRevoke()) {
                    Known gone = known.get(key);
                    run.delta().delisted(key, gone.partyId(), DeltaCollector.primary(parties(gone.partyId())),
                            gone.measures());
                    writer.removeFromList(gone.partyId(), key, gone.measures(), checked.listDate(), run.of(key));
                    entries.delisted(key, request.id());
                    tally.revoked++;
                    written(run);
                }
            }
            ImportDelta delta = run.delta().finish(request.mode(), known.size(), request.maxDelistShare());
            decide(request, delta);
            jobs.succeed(request.id(), checked.listDate(), tally.report(), delta);
        });
    }

    /** Throws {@link NotApplied} when the delta must not be committed now. */
    private static void decide(ImportRequest request, ImportDelta delta) {
        if (request.approvedDigest() != null) {
            if (!request.approvedDigest().equals(delta.digest())) {
                throw new NotApplied(delta, "The registry changed after the preview that was approved, so the "
                        + "approved delta cannot be applied as it was reviewed; this is the delta now: review it again.");
            }
            return; // exactly what was approved
        }
        if (request.preview()) {
            throw new NotApplied(delta, "A preview: nothing was applied; approve it to apply exactly this delta.");
        }
        if (delta.delistShare() > request.maxDelistShare()) {
            throw new NotApplied(delta, String.format(java.util.Locale.ROOT, "The file would delist %d of the %d "
                    + "listed entries (%.1f%%), more than the %.1f%% an import may delist without review: nothing was "
                    + "applied. A truncated or wrong file looks like this; approve only if the list really shrank.",
                    delta.delisted(), delta.listedBefore(), delta.delistShare() * 100,
                    request.maxDelistShare() * 100));
        }
    }

    private PartyDto parties(UUID id) {
        return queries.get(id);
    }

    private void write(Run run, ImportedParty parsed) {
        ImportedParty entry = run.checked().targets().resolve(parsed, run.tally());
        SourceKey key = entry.key();
        DeltaPlanner.Change change = run.planner().classify(entry);
        if (run.checked().refused().contains(key) || change == DeltaPlanner.Change.DUPLICATE) {
            return; // counted as rejected by the first pass; a refused entry is still "seen", so it is not revoked
        }
        if (change == DeltaPlanner.Change.UNCHANGED) {
            run.tally().unchanged++;
            run.heartbeat().run();
            return;
        }
        MappedEntry mapped = mapper.map(entry, run.checked().listDate());
        LocalDate date = run.checked().listDate();
        UUID partyId;
        WriteContext context = run.of(key);
        if (change == DeltaPlanner.Change.UPDATED) {
            Known known = run.known().get(key);
            partyId = known.partyId();
            EntryWriter.Updated updated = writer.update(partyId, mapped, known.measures(), date, context);
            run.delta().changed(key, updated.before(), updated.after(), updated.retained());
            run.tally().updated++;
            countLinks(run, updated.before().relationships(), updated.after().relationships());
        } else {
            // new to the imports: a party already holding it (delisted earlier, or entered ahead of the file) takes
            // it over, keeping every measure and every value others assert; it is still an entry the list added
            Optional<UUID> holder = holder(run, entry);
            partyId = holder.orElseGet(() -> writer.create(mapped, date, context));
            if (holder.isPresent()) {
                EntryWriter.Updated updated = writer.update(partyId, mapped, Set.of(), date, context);
                run.delta().changed(key, updated.before(), updated.after(), updated.retained());
                countLinks(run, updated.before().relationships(), updated.after().relationships());
            } else {
                run.tally().linksAdded += mapped.party().relationships().size();
                run.delta().added(key, mapped.party().names().stream()
                        .filter(n -> n.type() != null && "PRIMARY".equals(n.type().name())).map(n -> n.fullName())
                        .findFirst().orElse(""));
            }
            run.tally().added++;
        }
        Set<String> stated = new LinkedHashSet<>();
        mapped.measures().forEach(m -> stated.add(m.identity()));
        entries.listed(key, partyId, PartyFingerprint.of(entry), stated, run.request().format(), run.request().id());
        written(run);
    }

    private static void countLinks(Run run, List<Relationship> before, List<Relationship> after) {
        run.tally().linksAdded += after.stream().filter(l -> !before.contains(l)).count();
        run.tally().linksRemoved += before.stream().filter(l -> !after.contains(l)).count();
    }

    /**
     * The party that already holds a new entry: one that claims its source reference (an entry delisted earlier and
     * now back, or one an editor created ahead of the file), or for a registry export the party with its id.
     */
    private Optional<UUID> holder(Run run, ImportedParty entry) {
        if (entry.source() != null) {
            return Optional.ofNullable(run.claimed().get(entry.key()));
        }
        try {
            return parties.findByIdOptional(UUID.fromString(entry.id())).map(p -> p.id);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an export from elsewhere with ids that are not UUIDs: a new party
        }
    }

    /** Counts a write; every batch, flushes and clears the persistence context so memory stays flat. */
    private void written(Run run) {
        if (++run.unflushed()[0] >= config.batchSize()) {
            em.flush();
            em.clear();
            run.unflushed()[0] = 0;
        }
        run.heartbeat().run();
    }
}
