package org.sanctions.registry.common;

import java.util.Objects;

/** The attribution every write carries: who makes it and why. Importers build one for their service account. */
public record WriteContext(Actor actor, String reason) {

    public WriteContext {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid(WriteContexts.REASON_HEADER, "a reason for the change is required");
        }
    }
}
