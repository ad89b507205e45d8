package org.sanctions.lookup.monitoring;

/** Where an alert stands in its review. */
public enum AlertState {
    OPEN, IN_REVIEW, ESCALATED, CLOSED_TRUE_MATCH, CLOSED_FALSE_POSITIVE;

    public boolean closed() {
        return this == CLOSED_TRUE_MATCH || this == CLOSED_FALSE_POSITIVE;
    }
}
