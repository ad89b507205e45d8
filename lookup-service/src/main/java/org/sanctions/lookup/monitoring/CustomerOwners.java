package org.sanctions.lookup.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctions.lookup.screening.OwnerShare;
import org.sanctions.lookup.screening.OwnershipInput.Owner;

/**
 * A customer's ownership structure (the owners of a screening request, issue 17) as monitoring keeps it: normalised
 * once so that the same structure always hashes the same, read back from PostgreSQL or not.
 */
final class CustomerOwners {

    private CustomerOwners() {
    }

    /** The owners with names stripped, countries upper case and shares in plain decimals; never null. */
    static List<Owner> normalize(List<Owner> owners) {
        if (owners == null || owners.isEmpty()) {
            return List.of();
        }
        List<Owner> out = new ArrayList<>(owners.size());
        for (Owner o : owners) {
            out.add(new Owner(o.name() == null ? null : o.name().strip(), o.kind(), share(o.share()), o.controls(),
                    o.birthDate(), o.country() == null ? null : o.country().toUpperCase(Locale.ROOT),
                    o.owners() == null ? null : normalize(o.owners())));
        }
        return List.copyOf(out);
    }

    /** The structure as matching fields: what an ownership alert was computed on, hashed and shown. */
    static List<Map<String, Object>> fields(List<Owner> owners) {
        List<Map<String, Object>> out = new ArrayList<>(owners.size());
        for (Owner o : owners) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", o.name());
            f.put("kind", o.kind() == null ? null : o.kind().name());
            f.put("birthDate", o.birthDate());
            f.put("country", o.country());
            f.put("share", o.share() == null ? null : o.share().min().compareTo(o.share().max()) == 0
                    ? o.share().min().toPlainString() : o.share().min().toPlainString() + ".."
                            + o.share().max().toPlainString());
            f.put("controls", o.control());
            f.put("owners", fields(o.ownersOrEmpty()));
            out.add(f);
        }
        return out;
    }

    /** Every owner's name, all levels. */
    static List<String> names(List<Owner> owners) {
        List<String> out = new ArrayList<>();
        for (Owner o : owners) {
            out.add(o.name());
            out.addAll(names(o.ownersOrEmpty()));
        }
        return out;
    }

    private static OwnerShare share(OwnerShare s) {
        return s == null ? null : new OwnerShare(plain(s.min()), plain(s.max()));
    }

    /** 30.0 and 3E+1 as 30: one spelling of each number, in memory and in jsonb alike. */
    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
    }
}
