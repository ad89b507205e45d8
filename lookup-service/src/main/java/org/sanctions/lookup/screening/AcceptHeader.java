package org.sanctions.lookup.screening;

import java.util.Locale;

/**
 * Which of two media types an Accept header prefers: the one with the higher q, or at equal q the one listed first.
 * Generated clients list every type an operation documents ({@code application/json, application/x-ndjson}), so
 * naming a type is not asking for it over the one listed before it.
 */
public final class AcceptHeader {

    private AcceptHeader() {
    }

    /** True when {@code accept} lists {@code type} (q above 0) and prefers it to {@code other}. */
    public static boolean prefers(String accept, String type, String other) {
        if (accept == null) {
            return false;
        }
        double typeQ = 0;
        double otherQ = 0;
        int typeAt = -1;
        int otherAt = -1;
        String[] ranges = accept.toLowerCase(Locale.ROOT).split(",");
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].split(";");
            String name = parts[0].trim();
            if (name.equals(type) && typeAt < 0) {
                typeAt = i;
                typeQ = quality(parts);
            } else if (name.equals(other) && otherAt < 0) {
                otherAt = i;
                otherQ = quality(parts);
            }
        }
        if (typeAt < 0 || typeQ <= 0) {
            return false;
        }
        return otherAt < 0 || typeQ > otherQ || (typeQ == otherQ && typeAt < otherAt);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
