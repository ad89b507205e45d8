package org.sanctions.registry.imports;

/** Where an import job is: waiting for the worker, parsing and applying, done, or stopped with nothing applied. */
public enum ImportState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
