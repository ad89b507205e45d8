package org.sanctions.registry.common;

import jakarta.ws.rs.core.EntityTag;

/** Versions as strong entity tags ({@code "3"}) and the If-Match rules: required, exact, never {@code *}. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Parses a required If-Match header into the version the client last saw: 428 when it is missing (a blind update),
     * 412 when it names no version this service ever issued.
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired(
                    "This update needs an If-Match header with the ETag of the version you read (e.g. If-Match: \"3\").");
        }
        Long version = parse(ifMatch);
        if (version == null) {
            throw ApiException.preconditionFailed("If-Match must be one strong ETag such as \"3\"; got " + quoteSafe(ifMatch) + ".");
        }
        return version;
    }

    /** Optional If-Match: null when absent. */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : requireVersion(ifMatch);
    }

    /** Compares the version the client expects with the stored one; a mismatch is a 412 naming the current ETag. */
    public static void checkCurrent(long expected, long current, String what) {
        if (expected != current) {
            throw ApiException.preconditionFailed("The " + what + " was changed by someone else: you sent If-Match \""
                    + expected + "\" but the current version is \"" + current + "\". Read it again and retry.");
        }
    }

    static Long parse(String header) {
        String value = header.trim();
        if (value.length() < 3 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return null;
        }
        String inner = value.substring(1, value.length() - 1);
        if (inner.isEmpty() || inner.length() > 18 || !inner.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(inner);
    }

    private static String quoteSafe(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return "'" + cut.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }
}
