package org.sanctions.registry.common;

import java.util.Objects;
import java.util.UUID;

/**
 * The attribution every write carries: who makes it and why, and for a write by a list import, the list that asserts
 * the values (null for a person's write). Importers build one for their service account.
 */
public record WriteContext(Actor actor, String reason, ListAssertion list) {

    /** A list import's claim: the list (authority and name), its job and the SHA-256 of the job's files. */
    public record ListAssertion(String authority, String list, UUID jobId, String fileSha256) {

        public String asserter() {
            return authority + "/" + list;
        }
    }

    public WriteContext {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid(WriteContexts.REASON_HEADER, "a reason for the change is required");
        }
    }

    /** A person's write. */
    public WriteContext(Actor actor, String reason) {
        this(actor, reason, null);
    }

    /** The same write, as asserted by the list. */
    public WriteContext forList(ListAssertion assertion) {
        return new WriteContext(actor, reason, assertion);
    }
}
