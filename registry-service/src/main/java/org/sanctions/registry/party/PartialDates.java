package org.sanctions.registry.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Partial dates as lists publish them: a year ({@code 1957}), a month ({@code 1957-12}) or a day ({@code 1957-12-07}). */
final class PartialDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final int MIN_YEAR = 1850;

    private PartialDates() {
    }

    /** The first day the partial date covers, or null when it is not a real date. */
    static LocalDate earliest(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).atDay(1);
                case 7 -> YearMonth.parse(value).atDay(1);
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last day the partial date covers, or null when it is not a real date. */
    static LocalDate latest(String value) {
        LocalDate first = earliest(value);
        if (first == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
    }

    /** Why the value is not an acceptable birth date, or null when it is. */
    static String problem(String value) {
        LocalDate first = earliest(value);
        if (first == null) {
            return "must be a real date written yyyy, yyyy-MM or yyyy-MM-dd";
        }
        if (first.getYear() < MIN_YEAR || first.isAfter(LocalDate.now())) {
            return "must lie between " + MIN_YEAR + " and today";
        }
        return null;
    }
}
