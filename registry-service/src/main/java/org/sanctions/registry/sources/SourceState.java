package org.sanctions.registry.sources;

/**
 * What the last check of a source found: never checked; the same file as before; a new file handed to an import job
 * (whose own state then says more: {@link #IMPORTING}, {@link #AWAITING_APPROVAL}, {@link #APPLIED},
 * {@link #IMPORT_FAILED}, {@link #REJECTED}); or a download that failed (an HTTP error, a timeout, too large, a file
 * of the wrong format), with the registry unchanged.
 */
public enum SourceState {
    NEW,
    UNCHANGED,
    IMPORTING,
    AWAITING_APPROVAL,
    APPLIED,
    IMPORT_FAILED,
    REJECTED,
    FETCH_FAILED
}
