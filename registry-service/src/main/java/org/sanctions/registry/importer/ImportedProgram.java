package org.sanctions.registry.importer;

import java.util.Objects;

/** A program (legal basis) a file refers to; lists mostly give only the code, a registry export gives all fields. */
public record ImportedProgram(String code, String name, String authority, String legalBasis, String description,
                              String url) {

    public ImportedProgram {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(authority, "authority");
    }

    public static ImportedProgram of(String code, String name, String authority) {
        return new ImportedProgram(code, name, authority, null, null, null);
    }
}
