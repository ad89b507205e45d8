package org.sanctions.registry.importer;

import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
public final class Texts {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Texts() {
    }

    /** Trims, folds runs of white space (including no-break spaces and line breaks) to one space; blank is null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String folded = SPACE.matcher(text).replaceAll(" ").trim();
        return folded.isEmpty() ? null : folded;
    }

    /** The text cut to {@code max} characters for an error message. */
    public static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= max ? flat : flat.substring(0, max) + "...";
    }
}
