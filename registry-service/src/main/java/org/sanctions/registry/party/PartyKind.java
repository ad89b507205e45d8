package org.sanctions.registry.party;

/** Kind of sanctioned subject. */
public enum PartyKind {
    PERSON,
    ORGANIZATION,
    VESSEL,
    AIRCRAFT
}
