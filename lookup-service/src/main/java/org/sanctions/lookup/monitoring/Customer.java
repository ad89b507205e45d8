package org.sanctions.lookup.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.OwnershipInput.Owner;

/**
 * A customer in a bank's book. {@link #matchingHash()} covers only what name screening reads (names, kind, birth date,
 * nationality), so a changed reference neither rescreens the customer nor reopens a suppressed alert;
 * {@link #ownershipHash()} adds the owners, which only the ownership alert reads.
 *
 * @param owners the customer's ownership structure (issue 17), empty when the bank sent none
 */
public record Customer(String bank, String customerId, String name, Kind kind, String birthDate, String nationality,
        List<String> otherNames, Map<String, Object> reference, List<Owner> owners) {

    public Customer {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        reference = reference == null ? Map.of() : reference;
        nationality = nationality == null ? null : nationality.toUpperCase(Locale.ROOT);
        owners = CustomerOwners.normalize(owners);
    }

    /** A customer without owners. */
    public Customer(String bank, String customerId, String name, Kind kind, String birthDate, String nationality,
            List<String> otherNames, Map<String, Object> reference) {
        this(bank, customerId, name, kind, birthDate, nationality, otherNames, reference, List.of());
    }

    public static Customer of(String bank, String customerId, CustomerRequest r) {
        return new Customer(bank, customerId, r.name().strip(), r.kind(), r.birthDate(), r.nationality(),
                r.otherNames() == null ? List.of() : r.otherNames().stream().map(String::strip).toList(),
                r.reference(), r.owners());
    }

    /** Every name screening compares: the name first, then the other names. */
    public List<String> names() {
        List<String> all = new ArrayList<>(1 + otherNames.size());
        all.add(name);
        all.addAll(otherNames);
        return all;
    }

    /** The fields screening reads, as shown when a suppressed alert reopens. */
    public Map<String, Object> matchingFields() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("names", names());
        fields.put("kind", kind == null ? null : kind.name());
        fields.put("birthDate", birthDate);
        fields.put("nationality", nationality);
        return fields;
    }

    public String matchingHash() {
        return Hashes.sha256(matchingFields().toString());
    }

    /**
     * The fields the ownership screening reads: the matching fields and, when the customer has any, its owners
     * (without owners the same map as {@link #matchingFields()}, so customers stored before owners hash as before).
     */
    public Map<String, Object> ownershipFields() {
        Map<String, Object> fields = matchingFields();
        if (!owners.isEmpty()) {
            fields.put("owners", CustomerOwners.fields(owners));
        }
        return fields;
    }

    public String ownershipHash() {
        return Hashes.sha256(ownershipFields().toString());
    }

    /** Hash of everything stored, so an unchanged upload row is recognised and not rescreened. */
    public String contentHash() {
        return Hashes.sha256(ownershipFields() + "|" + new java.util.TreeMap<>(reference));
    }

    /** SHA-256 in hex. */
    static final class Hashes {
        private Hashes() {
        }

        static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
