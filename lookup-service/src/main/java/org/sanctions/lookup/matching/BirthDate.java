package org.sanctions.lookup.matching;

import java.time.LocalDate;

/**
 * A listed birth date: a full date, a year, a year-month or a range of years, possibly approximate.
 *
 * @param fromYear first possible year
 * @param toYear last possible year
 * @param exact the full date when known, else null
 * @param circa the list says "circa"
 */
public record BirthDate(int fromYear, int toYear, LocalDate exact, boolean circa) {

    public static BirthDate of(PartialDate date, boolean circa) {
        return new BirthDate(date.year(), date.year(), date.isFull() ? date.toLocalDate() : null, circa);
    }

    public static BirthDate range(int fromYear, int toYear, boolean circa) {
        return new BirthDate(Math.min(fromYear, toYear), Math.max(fromYear, toYear), null, circa);
    }
}
