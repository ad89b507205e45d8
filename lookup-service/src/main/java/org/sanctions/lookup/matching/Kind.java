package org.sanctions.lookup.matching;

/**
 * What a listed party is (the registry's PartyKind; published under that name by
 * mp.openapi.schema.org.sanctions.lookup.matching.Kind, as the engine depends on no framework).
 */
public enum Kind {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT
}
