package org.sanctions.lookup.monitoring;

/**
 * Why an alert was raised: the customer's own names resemble the listed party (NAME), or the customer is blocked
 * through its owners and controllers under the US, EU or UK rule (OWNERSHIP; the party is a listed owner).
 */
public enum AlertBasis {
    NAME, OWNERSHIP
}
