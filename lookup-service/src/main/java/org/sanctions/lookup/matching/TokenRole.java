package org.sanctions.lookup.matching;

/** How much a name token can say about identity on its own. */
public enum TokenRole {
    /** An ordinary name token. */
    CONTENT,
    /** al, bin, abu, van, de...: kept for alignment, little evidence. */
    PARTICLE,
    /** A single letter standing for a name. */
    INITIAL,
    /** Russian-style patronymic (Vladimirovich): often missing from the other side. */
    PATRONYMIC
}
