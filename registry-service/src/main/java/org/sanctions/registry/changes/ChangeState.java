package org.sanctions.registry.changes;

/** Life of a change request: PENDING until a second editor applies or rejects it, its maker withdraws it, or it goes stale. */
public enum ChangeState {
    PENDING, APPLIED, REJECTED, WITHDRAWN, STALE
}
