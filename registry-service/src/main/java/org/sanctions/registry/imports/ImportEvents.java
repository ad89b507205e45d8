package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.audit.Change;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.audit.EntityType;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;

/**
 * Records the decisions on an import in the audit chain (and so the change feed): its delta previewed and waiting,
 * approved, rejected, applied. The version of an IMPORT event counts the job's events (1 for its first).
 */
@ApplicationScoped
class ImportEvents {

    private final ChangeLog log;
    private final EntityManager em;

    ImportEvents(ChangeLog log, EntityManager em) {
        this.log = log;
        this.em = em;
    }

    /** Records the event; {@code who} did it and {@code why}, {@code job} as it is now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Action action, ImportEvent job, Actor who, String why) {
        Number earlier = (Number) em.createNativeQuery("select count(*) from audit_event where entity_type = ?1 and"
                + " entity_id = ?2").setParameter(1, EntityType.IMPORT.name()).setParameter(2, job.id().toString())
                .getSingleResult();
        Instant now = Timestamps.now();
        log.record(new Change(action, EntityType.IMPORT, job.id().toString(), earlier.longValue() + 1, null, job,
                new WriteContext(who, why == null || why.isBlank() ? action.name() : why), now));
    }
}
