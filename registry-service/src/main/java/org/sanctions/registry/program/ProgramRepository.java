package org.sanctions.registry.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Loads and stores programs. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<ProgramEntity, String> {

    /** Reads the row with a write lock, so concurrent writers of the same program queue instead of racing. */
    public Optional<ProgramEntity> lockForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
