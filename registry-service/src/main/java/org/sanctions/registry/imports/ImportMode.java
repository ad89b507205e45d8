package org.sanctions.registry.imports;

/** What a list file means: the whole list (entries it lacks are delisted) or additions and changes only. */
public enum ImportMode {
    FULL,
    ADDITIONS
}
