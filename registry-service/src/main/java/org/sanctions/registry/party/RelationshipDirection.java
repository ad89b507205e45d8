package org.sanctions.registry.party;

/** Which side of a link the party asserting it is on. */
public enum RelationshipDirection {
    /** The party is the source: it owns, controls, directs, acts for... the other party. */
    OUTGOING,
    /** The other party is the source: it owns, controls... this party (as "Owned or Controlled By" says). */
    INCOMING
}
