package org.sanctions.registry.importer;

/** A postal address as far as the list gives it; {@code country} is an ISO 3166 alpha-2 code. */
public record ImportedAddress(String street, String city, String region, String postalCode, String country) {

    public boolean isEmpty() {
        return street == null && city == null && region == null && postalCode == null && country == null;
    }
}
