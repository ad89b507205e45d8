package org.sanctions.registry.importer.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sanctions.registry.importer.Texts;

/** Splits OFSI's numbered multi-value cells: {@code (1) Germany. (2) Morocco} to {@code [Germany, Morocco]}. */
final class UkLists {

    private static final Pattern NUMBERING = Pattern.compile("\\(\\d{1,2}\\)");

    private UkLists() {
    }

    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : NUMBERING.split(cell)) {
            String value = Texts.clean(part.replaceAll("[.;,]+\\s*$", ""));
            // "(1) to (3) Algeria" joins numbers with words that are not values
            if (value != null && value.matches(".*\\p{L}{2,}.*|.*\\d.*") && !value.matches("(?i)to|and|or")) {
                values.add(value);
            }
        }
        return values;
    }
}
