package org.sanctions.lookup.monitoring;

/**
 * Where an alert stands in its review. CLOSED_DELISTED is set by monitoring, never by a decision: the listed party
 * has no measure in force any more (closed reason "delisted").
 */
public enum AlertState {
    OPEN, IN_REVIEW, ESCALATED, CLOSED_TRUE_MATCH, CLOSED_FALSE_POSITIVE, CLOSED_DELISTED;

    public boolean closed() {
        return this == CLOSED_TRUE_MATCH || this == CLOSED_FALSE_POSITIVE || this == CLOSED_DELISTED;
    }
}
