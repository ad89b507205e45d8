package org.sanctions.registry.sources;

/** A check of a source that failed (HTTP error, too large, unreadable); {@code retriable} ones are tried again. */
class SourceFetchException extends RuntimeException {

    private final boolean retriable;

    SourceFetchException(String message, boolean retriable) {
        super(message);
        this.retriable = retriable;
    }

    boolean retriable() {
        return retriable;
    }

    /** The retriable kind: a 5xx answer or a broken connection. */
    static final class Transient extends SourceFetchException {
        Transient(String message) {
            super(message, true);
        }
    }
}
