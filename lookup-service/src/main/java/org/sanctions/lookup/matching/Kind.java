package org.sanctions.lookup.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a listed party is (the registry's PartyKind). */
@Schema(name = "PartyKind")
public enum Kind {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT
}
