package org.sanctions.registry.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date of birth written as lists write them: {@code 1957-12-07}, {@code 07 Dec 1957}, {@code Dec 1957},
 * {@code 1957}, with {@code circa} and ranges ({@code 1955 to 1957}, {@code 01 Jan 1961 to 31 Dec 1962},
 * {@code circa 1979-1982}).
 */
public final class BirthDates {

    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:\\bto\\b|-)\\s*(.+)$");

    private BirthDates() {
    }

    /** The date, or null when the text is not one. */
    public static ImportedBirthDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        boolean circa = t.toLowerCase(Locale.ROOT).startsWith("circa ");
        if (circa) {
            t = t.substring(6).trim();
        }
        String single = date(t);
        if (single != null) {
            return new ImportedBirthDate(single, null, null, circa);
        }
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            String from = date(range.group(1));
            String to = date(range.group(2));
            if (from != null && to != null) {
                return ImportedBirthDate.range(from, to, circa);
            }
        }
        return null;
    }

    private static String date(String text) {
        String iso = PartialDates.iso(text);
        return iso != null ? iso : PartialDates.dayMonthNameYear(text);
    }
}
