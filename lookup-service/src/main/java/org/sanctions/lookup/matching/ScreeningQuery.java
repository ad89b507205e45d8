package org.sanctions.lookup.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to screen and against which measures.
 *
 * @param name the name to screen (required)
 * @param kind expected kind or null
 * @param birthDate known birth date or null
 * @param nationality ISO alpha-2 (upper case) or null
 * @param programs only measures under these programs (empty = all)
 * @param authorities only measures by these authorities (empty = all)
 * @param measureTypes only measures of these types (empty = all)
 * @param asOf screen against the measures active on this day (null = today)
 * @param threshold scores at or above are matches; results below it are not returned
 * @param limit most results to return
 */
public record ScreeningQuery(String name, Kind kind, PartialDate birthDate, String nationality, Set<String> programs,
        Set<String> authorities, Set<MeasureType> measureTypes, LocalDate asOf, double threshold, int limit) {

    /** A query with only a name, default threshold and limit. */
    public static ScreeningQuery byName(String name, double threshold) {
        return new ScreeningQuery(name, null, null, null, Set.of(), Set.of(), Set.of(), null, threshold, 10);
    }

    public ScreeningQuery withName(String newName) {
        return new ScreeningQuery(newName, kind, birthDate, nationality, programs, authorities, measureTypes, asOf,
                threshold, limit);
    }

    public ScreeningQuery withLimit(int newLimit) {
        return new ScreeningQuery(name, kind, birthDate, nationality, programs, authorities, measureTypes, asOf,
                threshold, newLimit);
    }
}
