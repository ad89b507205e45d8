package org.sanctions.lookup.matching;

/** Primary name, strong alias, weak alias (low quality per the issuing authority), former name. */
public enum NameType {
    PRIMARY, AKA, WEAK_AKA, FKA
}
