package org.sanctions.lookup.monitoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.PartiesChanged;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.monitoring.CustomerIndex.CustomerKey;
import org.sanctions.lookup.monitoring.CustomerStore.Outcome;

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

    MonitoringService(CustomerStore customers, AlertStore alerts, AlertRecorder recorder, Assessor assessor,
            IndexState lists, LookupConfig config) {
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
        Outcome outcome = alerts.transaction(c -> {
            Outcome stored = customers.upsert(c, customer);
            if (stored != Outcome.UNCHANGED && lists.loaded()) {
                long listVersion = lists.listVersion();
                for (Match m : CustomerScreener.screen(lists.index(), customer, assessor.threshold())) {
                    recorder.record(c, assessor.assess(customer, m, listVersion));
                }
            }
            return stored;
        });
        if (outcome != Outcome.UNCHANGED) {
            index.upsert(customer);
        }
        return outcome;
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

    /** Delta rescreening: each changed party against the customers its names resemble. */
    void onListChange(@Observes PartiesChanged change) {
        for (ListedParty party : change.parties()) {
            try {
                rescreen(party, change.listVersion());
            } catch (RuntimeException e) {
                // the feed must go on; the next change of this party or a full rescreen catches up
                LOG.errorf(e, "rescreening for party %s failed", party.id());
            }
        }
    }

    /** Rescreens the customers one listed party may concern; returns how many alerts changed. */
    public int rescreen(ListedParty party, long listVersion) {
        int changed = 0;
        for (CustomerKey key : index.candidates(party)) {
            Optional<Customer> customer = customers.find(key.bank(), key.customerId());
            if (customer.isPresent()) {
                changed += alerts.transaction(c -> {
                    int n = 0;
                    for (Match m : CustomerScreener.screenAgainst(lists.index(), customer.get(), party.id(),
                            assessor.threshold())) {
                        n += recorder.record(c, assessor.assess(customer.get(), m, listVersion)).isPresent() ? 1 : 0;
                    }
                    return n;
                });
            }
        }
        return changed;
    }

    public int indexedCustomers() {
        return index.size();
    }
}
