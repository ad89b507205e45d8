package org.sanctions.lookup.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
public record PartialDate(int year, int month, int day) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; throws IllegalArgumentException for anything else or an impossible date. */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: '" + text + "'");
        }
        return new PartialDate(year, month, day);
    }

    public boolean isFull() {
        return day != 0;
    }

    public LocalDate toLocalDate() {
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        return month == 0 ? String.valueOf(year)
                : day == 0 ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
