package org.sanctions.registry.importer;

import java.util.Objects;

/** A document or registry number of a party, with the ISO 3166 alpha-2 code of the issuing country when known. */
public record ImportedIdentifier(Type type, String number, String country) {

    /** Kinds of identifier the registry distinguishes; everything else is OTHER. */
    public enum Type { PASSPORT, NATIONAL_ID, TAX_ID, IMO, MMSI, REGISTRATION, OTHER }

    public ImportedIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
    }
}
