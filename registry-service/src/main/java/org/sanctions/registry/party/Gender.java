package org.sanctions.registry.party;

/** Gender as stated by the listing authority. */
public enum Gender {
    MALE,
    FEMALE
}
