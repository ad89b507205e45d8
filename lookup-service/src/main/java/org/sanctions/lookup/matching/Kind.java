package org.sanctions.lookup.matching;

/** What a listed party is. */
public enum Kind {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT
}
