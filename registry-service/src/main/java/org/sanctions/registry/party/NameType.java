package org.sanctions.registry.party;

/** Kind of name: the primary one, strong or weak alias, former name. */
public enum NameType {
    PRIMARY,
    AKA,
    WEAK_AKA,
    FKA
}
