package org.sanctions.registry.audit;

/** Kinds of records whose changes are logged. */
public enum EntityType {
    PARTY,
    PROGRAM
}
