package org.sanctions.lookup.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sanctions.lookup.screening.OwnershipScreening;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;

/**
 * Applies the ownership rule to a customer's owners (issue 17, item 3) with the screening's own code: each owner is
 * screened against the current lists and the US, EU and UK rules decide; when they block the customer anywhere its
 * OWNERSHIP alert is raised or updated, when they block it nowhere an open one is closed.
 */
@ApplicationScoped
public class OwnershipAlerts {

    /** Where the owners sit in a customer body, as the refs of the answer's paths name them. */
    static final String FIELD = "owners";

    private final OwnershipScreening screening;
    private final AlertRecorder recorder;
    private final Assessor assessor;

    OwnershipAlerts(OwnershipScreening screening, AlertRecorder recorder, Assessor assessor) {
        this.screening = screening;
        this.recorder = recorder;
        this.assessor = assessor;
    }

    /** The customer's owners screened and decided against the current lists; null when it has none. CPU only. */
    public OwnershipView screen(Customer customer) {
        return customer.owners().isEmpty() ? null
                : screening.screen(customer.name(), customer.owners(), FIELD, assessor.threshold());
    }

    /**
     * Records what the determination means for the customer's OWNERSHIP alert, in the caller's transaction: raised,
     * updated or reopened when the owners block, closed when they do not (or the customer has no owners: view null);
     * returns whether the alert changed.
     */
    public boolean record(Connection c, Customer customer, OwnershipView view, long listVersion)
            throws SQLException {
        Optional<Assessment> blocked = view == null ? Optional.empty()
                : assessor.assessOwnership(customer, view, listVersion);
        if (blocked.isPresent()) {
            return recorder.record(c, blocked.get()).isPresent();
        }
        return recorder.clearOwnership(c, customer.bank(), customer.customerId(),
                view == null ? null : assessor.write(view), listVersion);
    }

    /** Screens and records in one go (an upsert, a delta rescreen). */
    public boolean rescreen(Connection c, Customer customer, long listVersion) throws SQLException {
        return record(c, customer, screen(customer), listVersion);
    }
}
