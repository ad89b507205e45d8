package org.sanctions.registry.importer;

import java.util.Objects;

/** One name of a party as a list gives it, with the ISO 15924 script detected from its characters. */
public record ImportedName(String fullName, Type type, String script, String language) {

    /** Strength of a name as the list states it. */
    public enum Type { PRIMARY, AKA, WEAK_AKA, FKA }

    public ImportedName {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(type, "type");
    }
}
