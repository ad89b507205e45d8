package org.sanctions.registry.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses query parameters itself so that a bad value is a 400 naming the parameter (JAX-RS would answer 404 for a
 * query parameter it cannot convert). Collects every problem, then {@link #done()} throws them together.
 */
public final class QueryParams {

    private final List<Violation> violations = new ArrayList<>();

    public LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fail(name, "is not a valid date (expected yyyy-MM-dd)");
        }
    }

    public Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return fail(name, "is not a valid instant (expected ISO 8601 with zone, e.g. 2025-03-31T12:00:00Z)");
        }
    }

    public int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    public long longValue(String name, String value, long fallback, long min) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(name, "must be a whole number of at least " + min);
        return fallback;
    }

    public boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        fail(name, "must be true or false");
        return fallback;
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fail(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    public String text(String name, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String problem = StrictStringDeserializer.problemIn(value);
        if (problem != null) {
            return fail(name, problem);
        }
        if (value.length() > maxLength) {
            return fail(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public <T> T fail(String name, String message) {
        violations.add(new Violation(name, message));
        return null;
    }

    /** Throws a validation problem if any parameter was bad. */
    public void done() {
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
    }
}
