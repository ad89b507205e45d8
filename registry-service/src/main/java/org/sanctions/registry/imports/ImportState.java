package org.sanctions.registry.imports;

/**
 * Where an import job is: waiting for the worker, parsing and applying, its delta waiting for a second person's
 * approval (a preview, or a delta beyond the delist limit: nothing applied yet), done, rejected by a reviewer, or
 * stopped with nothing applied.
 */
public enum ImportState {
    QUEUED,
    RUNNING,
    AWAITING_APPROVAL,
    SUCCEEDED,
    REJECTED,
    FAILED
}
