package org.sanctions.lookup.monitoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.OptionalLong;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.index.ChangePage;
import org.sanctions.lookup.index.IndexLoaded;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.RegistryClient;
import org.sanctions.lookup.index.PartiesChanged;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.monitoring.CustomerIndex.CustomerKey;
import org.sanctions.lookup.monitoring.CustomerStore.Outcome;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;

/**
 * Keeps the customer books and their alerts current from both sides: a new or changed customer is screened against
 * the lists at once, and every list change is screened against the customers it may concern (and only those).
 */
@ApplicationScoped
public class MonitoringService {

    private static final Logger LOG = Logger.getLogger(MonitoringService.class);

    private final CustomerStore customers;
    private final AlertStore alerts;
    private final AlertRecorder recorder;
    private final Assessor assessor;
    private final IndexState lists;
    private final CustomerIndex index;
    private final MonitoringCheckpoint checkpoint;
    private final RegistryClient registry;
    private final OwnershipAlerts ownership;

    MonitoringService(CustomerStore customers, AlertStore alerts, AlertRecorder recorder, Assessor assessor,
            IndexState lists, LookupConfig config, MonitoringCheckpoint checkpoint, RegistryClient registry,
            OwnershipAlerts ownership) {
        this.ownership = ownership;
        this.checkpoint = checkpoint;
        this.registry = registry;
        this.customers = customers;
        this.alerts = alerts;
        this.recorder = recorder;
        this.assessor = assessor;
        this.lists = lists;
        this.index = new CustomerIndex(lists.index().weights(),
                Math.max(0, assessor.threshold() - config.monitoring().candidateMargin()));
    }

    void load(@Observes StartupEvent event) {
        long start = System.nanoTime();
        List<Customer> all = new ArrayList<>();
        customers.forEach(all::add);
        index.replaceAll(all);
        LOG.infof("customer index loaded: %d customers in %d ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Stores the customer and, when it is new or its content changed, screens it and records its alerts. */
    public Outcome upsert(Customer customer) {
        return upsertAll(List.of(customer), (c, outcomes) -> { }).get(0);
    }

    /** More work in the transaction of {@link #upsertAll}, given what each upsert did. */
    public interface AlsoInTransaction {
        void run(Connection c, List<Outcome> outcomes) throws SQLException;
    }

    /**
     * Stores the customers in one transaction, screening each new or changed one (an unchanged one is not
     * rescreened): its names, and its owners when it has some or had some before; runs {@code also} in that
     * transaction; returns each customer's outcome in order.
     */
    public List<Outcome> upsertAll(List<Customer> batch, AlsoInTransaction also) {
        boolean screen = lists.loaded();
        List<Outcome> outcomes = alerts.transaction(c -> {
            long listVersion = lists.listVersion();
            List<Outcome> out = new ArrayList<>(batch.size());
            for (Customer customer : batch) {
                Outcome stored = customers.upsert(c, customer);
                if (stored != Outcome.UNCHANGED && screen) {
                    for (Match m : CustomerScreener.screen(lists.index(), customer, assessor.threshold())) {
                        if (!delisted(m.party())) { // a delisted party raises nor reopens anything
                            recorder.record(c, assessor.assess(customer, m, listVersion));
                        }
                    }
                    if (!customer.owners().isEmpty() || index.hasOwners(customer.bank(), customer.customerId())) {
                        ownership.rescreen(c, customer, listVersion);
                    }
                }
                out.add(stored);
            }
            also.run(c, out);
            return out;
        });
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) != Outcome.UNCHANGED) {
                index.upsert(batch.get(i));
            }
        }
        return outcomes;
    }

    /** More work in the transaction of {@link #recordAll}, given how many alerts it changed. */
    public interface AfterRecording {
        void run(Connection c, int alertsChanged) throws SQLException;
    }

    /** What a full rescreen computed for one customer: its name matches and, when it has owners, their answer. */
    public record Screened(Collection<Match> matches, OwnershipView ownership) {
    }

    /**
     * Full rescreen of a chunk: records each customer's matches and ownership determination (computed by the caller
     * against the current lists, the customer changed or not) in one transaction with {@code after}; returns how
     * many alerts changed.
     */
    public int recordAll(List<Customer> batch, List<Screened> screened, long listVersion, AfterRecording after) {
        return alerts.transaction(c -> {
            int n = 0;
            for (int i = 0; i < batch.size(); i++) {
                Customer customer = batch.get(i);
                for (Match m : screened.get(i).matches()) {
                    if (!delisted(m.party())) {
                        n += recorder.record(c, assessor.assess(customer, m, listVersion)).isPresent() ? 1 : 0;
                    }
                }
                OwnershipView owned = screened.get(i).ownership();
                if (owned != null || index.hasOwners(customer.bank(), customer.customerId())) {
                    n += ownership.record(c, customer, owned, listVersion) ? 1 : 0;
                }
            }
            after.run(c, n);
            return n;
        });
    }

    public Optional<Customer> find(String bank, String customerId) {
        return customers.find(bank, customerId);
    }

    public List<Customer> page(String bank, String after, int limit) {
        return customers.page(bank, after, limit);
    }

    /** Removes a customer from the book and from monitoring; its alerts and their history stay. */
    public boolean delete(String bank, String customerId) {
        boolean existed = alerts.transaction(c -> customers.delete(c, bank, customerId));
        index.remove(bank, customerId);
        return existed;
    }

    /**
     * Delta rescreening: each changed party against the customers its names resemble, the whole page in one
     * transaction with the checkpoint, so a crash leaves either all of the page's alerts and the advanced checkpoint
     * or neither (and the next start rescreens the page again).
     */
    void onListChange(@Observes PartiesChanged change) {
        try {
            rescreen(change.parties(), change.listVersion());
        } catch (RuntimeException e) {
            // the feed must go on; the checkpoint stays behind, so the next start catches up on these parties
            LOG.errorf(e, "rescreening %d changed parties failed", change.parties().size());
        }
    }

    /**
     * At start, once the lists hold the registry snapshot: rescreens the parties changed since the checkpoint (the
     * changes a stopped process had not rescreened, or had rescreened without committing) and moves the checkpoint
     * to the snapshot. Alerts are unique per (bank, customer, party), so a change seen twice changes nothing twice.
     */
    void onIndexLoaded(@Observes IndexLoaded loaded) {
        try {
            catchUp(loaded.feedSeq());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "monitoring catch-up to feed seq %d failed; the next start tries again", loaded.feedSeq());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rescreens the parties changed after the checkpoint up to {@code feedSeq}; returns how many alerts changed. */
    public int catchUp(long feedSeq) throws IOException, InterruptedException {
        OptionalLong from = checkpoint.read();
        if (from.isEmpty() || from.getAsLong() >= feedSeq) {
            // never followed the feed before: every customer was screened on upsert against the lists of its time
            alerts.transaction(c -> {
                checkpoint.advance(c, feedSeq);
                return null;
            });
            return 0;
        }
        Map<String, ListedParty> changed = new LinkedHashMap<>();
        long after = from.getAsLong();
        while (after < feedSeq) {
            ChangePage page = registry.changes(after);
            if (page.events() == null || page.events().isEmpty() || page.lastSeq() <= after) {
                break;
            }
            for (ChangePage.Event event : page.events()) {
                if (event.seq() <= feedSeq && event.party() != null) {
                    lists.index().party(event.party().id()).ifPresent(p -> changed.put(p.id(), p));
                }
            }
            after = page.lastSeq();
        }
        LOG.infof("monitoring catch-up: %d parties changed between feed seq %d and %d", changed.size(),
                from.getAsLong(), feedSeq);
        List<ListedParty> parties = new ArrayList<>(changed.values());
        int n = rescreen(parties, feedSeq);
        return n;
    }

    /** Rescreens the parties and advances the checkpoint in one transaction; returns how many alerts changed. */
    public int rescreen(List<ListedParty> parties, long listVersion) {
        return alerts.transaction(c -> {
            int n = 0;
            for (ListedParty party : parties) {
                n += rescreen(c, party, listVersion);
            }
            checkpoint.advance(c, listVersion);
            return n;
        });
    }

    /**
     * Rescreens the customers one listed party may concern, in the caller's transaction: those whose names resemble
     * it (NAME alerts; a delisted party closes its NAME alerts), and those with an owner whose name resembles it or
     * whose OWNERSHIP alert has it on a path (their ownership is decided again, whatever the change).
     */
    private int rescreen(Connection c, ListedParty party, long listVersion) throws SQLException {
        int n = rescreenOwners(c, party, listVersion);
        if (delisted(party)) {
            return n + recorder.delist(c, party.id(), party.version(), listVersion);
        }
        for (CustomerKey key : index.candidates(party)) {
            Optional<Customer> customer = customers.find(key.bank(), key.customerId());
            if (customer.isPresent()) {
                for (Match m : CustomerScreener.screenAgainst(lists.index(), customer.get(), party.id(),
                        assessor.threshold())) {
                    n += recorder.record(c, assessor.assess(customer.get(), m, listVersion)).isPresent() ? 1 : 0;
                }
            }
        }
        return n;
    }

    private int rescreenOwners(Connection c, ListedParty party, long listVersion) throws SQLException {
        if (!index.anyOwners()) {
            return 0; // no customer has owners: nothing to decide, and no query per changed party
        }
        Set<CustomerKey> keys = new LinkedHashSet<>(index.ownerCandidates(party));
        keys.addAll(alerts.ownershipCustomersOf(c, party.id()));
        int n = 0;
        for (CustomerKey key : keys) {
            Optional<Customer> customer = customers.find(key.bank(), key.customerId());
            if (customer.isPresent() && ownership.rescreen(c, customer.get(), listVersion)) {
                n++;
            }
        }
        return n;
    }

    /** A party with no measure in force today (all revoked or expired, or none left) is no longer listed. */
    static boolean delisted(ListedParty party) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        return party.measures().stream().noneMatch(m -> m.activeOn(today));
    }

    public int indexedCustomers() {
        return index.size();
    }
}
