package org.sanctions.registry.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.sanctions.registry.party.PartyRepository;

/**
 * The second pass: applies the whole delta in one transaction, so a failure anywhere (a broken file, a refused
 * write, a crash) leaves the registry as it was. Entries are parsed again and streamed: the persistence context is
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

    ImportApply(EntityManager em, ImportsConfig config, ImportEntries entries, EntryMapper mapper, EntryWriter writer,
            ImportPrograms programs, PartyRepository parties, ImportJobRepository jobs, ChangeLog changeLog) {
        this.changeLog = changeLog;
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
            long[] unflushed) {
    }

    void apply(ImportRequest request, ImportInput input, ListParser parser, Checked checked, ImportTally tally,
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
                    new DeltaPlanner(fingerprints), heartbeat, new long[1]);
            parser.parse(input, entry -> write(run, entry), row -> { });
            for (SourceKey key : run.planner().plan().toRevoke()) {
                writer.removeFromList(known.get(key).partyId(), key, known.get(key).measures(), checked.listDate(),
                        context);
                entries.delisted(key, request.id());
                tally.revoked++;
                written(run);
            }
            jobs.succeed(request.id(), checked.listDate(), tally.report());
        });
    }

    private void write(Run run, ImportedParty entry) {
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
        if (change == DeltaPlanner.Change.UPDATED) {
            Known known = run.known().get(key);
            partyId = known.partyId();
            writer.update(partyId, mapped, known.measures(), date, run.context());
            run.tally().updated++;
        } else {
            // new to the imports: a party already holding it (delisted earlier, or entered ahead of the file) takes
            // it over, keeping every measure it has; it is still an entry the list added
            Optional<UUID> holder = holder(run, entry);
            partyId = holder.orElseGet(() -> writer.create(mapped, date, run.context()));
            holder.ifPresent(id -> writer.update(id, mapped, Set.of(), date, run.context()));
            run.tally().added++;
        }
        Set<String> stated = new LinkedHashSet<>();
        mapped.measures().forEach(m -> stated.add(m.identity()));
        entries.listed(key, partyId, PartyFingerprint.of(entry), stated, run.request().format(), run.request().id());
        written(run);
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
