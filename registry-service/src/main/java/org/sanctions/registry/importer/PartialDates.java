package org.sanctions.registry.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date spellings of the lists into ISO partial dates: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
public final class PartialDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DAY_MONTH_NAME_YEAR =
            Pattern.compile("(?:(\\d{1,2}) )?([A-Za-z]{3})[a-z]*\\.? (\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(?:(\\d{1,2})/)?(?:(\\d{1,2})/)?(\\d{4})");

    private PartialDates() {
    }

    /** ISO {@code 1957}, {@code 1957-12}, {@code 1957-12-07}, also with a time part; null when not a date. */
    public static String iso(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int time = t.indexOf('T');
        Matcher m = ISO.matcher(time > 0 ? t.substring(0, time) : t);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** OFAC style {@code 07 Dec 1957}, {@code Dec 1957} or {@code 1957}; null when not a date. */
    public static String dayMonthNameYear(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}")) {
            return t;
        }
        Matcher m = DAY_MONTH_NAME_YEAR.matcher(t);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return month == null ? null : of(m.group(3), String.valueOf(month), m.group(1));
    }

    /** UK style {@code 07/12/1957}, {@code 00/12/1957} (unknown day), {@code 00/00/1957}, {@code 12/1957}, {@code 1957}. */
    public static String slashed(String text) {
        Matcher m = SLASHED.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        String day = m.group(2) == null ? null : m.group(1);
        String month = m.group(2) == null ? m.group(1) : m.group(2);
        return of(m.group(3), month, day);
    }

    /** Builds the ISO partial date, dropping zero (unknown) parts; null when the parts are not a real date. */
    static String of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        if (y < 1000) {
            return null;
        }
        try {
            if (mo == 0) {
                return String.format("%04d", y);
            }
            if (d == 0) {
                return YearMonth.of(y, mo).toString();
            }
            return LocalDate.of(y, mo, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
