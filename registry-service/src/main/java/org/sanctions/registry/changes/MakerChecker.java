package org.sanctions.registry.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Decides, per registry.maker-checker, whether an editor's write must wait for a second editor. */
@ApplicationScoped
public class MakerChecker {

    private final MakerCheckerConfig config;
    private final EntityManager em;

    public MakerChecker(MakerCheckerConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    /** True when the write is held as a change request instead of taking effect. */
    @Transactional
    public boolean holds(ProposedChange change) {
        return switch (config.mode()) {
            case OFF -> false;
            case ALL -> true;
            case PROGRAMS -> touchesPrograms(change, config.programs().orElse(Set.of()));
        };
    }

    private boolean touchesPrograms(ProposedChange change, Set<String> programs) {
        if (programs.isEmpty()) {
            return false;
        }
        if (change.kind() == ChangeKind.ADD_MEASURE && change.body().hasNonNull("program")
                && programs.contains(change.body().get("program").asText())) {
            return true;
        }
        return change.partyId() != null && em.createQuery("select count(m) from MeasureEntity m where m.party.id = ?1"
                + " and m.programCode in ?2", Long.class).setParameter(1, change.partyId()).setParameter(2, programs)
                .getSingleResult() > 0;
    }
}
