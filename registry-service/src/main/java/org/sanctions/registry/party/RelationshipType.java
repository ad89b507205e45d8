package org.sanctions.registry.party;

/** What a link between two parties means, read from its source side to its target side. */
public enum RelationshipType {
    /** The source holds shares of the target ({@code share} or {@code shareMin}/{@code shareMax} when known). */
    OWNS,
    /** The source controls the target without (known) ownership. */
    CONTROLS,
    /** The source is a director or officer of the target. */
    DIRECTOR_OF,
    /** The source acts for or on behalf of the target. */
    ACTS_FOR,
    /** The list links the two without saying how. */
    LINKED_TO,
    /** The source is a family member of the target. */
    FAMILY_MEMBER
}
