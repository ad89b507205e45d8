package org.sanctions.lookup.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.matching.ScreeningQuery;
import org.sanctions.lookup.problem.ProblemException;

/** Turns a validated request into an engine query; rejects what annotations cannot see (impossible dates). */
final class QueryFactory {

    private QueryFactory() {
    }

    /** fieldPrefix names the request field in violations, e.g. "items[3]." for a batch item. */
    static ScreeningQuery toQuery(ScreeningRequest r, double defaultThreshold, String fieldPrefix) {
        PartialDate birth = null;
        if (r.birthDate() != null) {
            try {
                birth = PartialDate.parse(r.birthDate());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(fieldPrefix + "birthDate", e.getMessage());
            }
        }
        return new ScreeningQuery(r.name(), r.kind(), birth,
                r.nationality() == null ? null : r.nationality().toUpperCase(Locale.ROOT), set(r.programs()),
                set(r.authorities()), r.measureTypes() == null ? Set.of() : Set.copyOf(r.measureTypes()), r.asOf(),
                r.threshold() == null ? defaultThreshold : r.threshold(), r.limit() == null ? 10 : r.limit());
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
