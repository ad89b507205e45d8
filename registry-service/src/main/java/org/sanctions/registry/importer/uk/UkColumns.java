package org.sanctions.registry.importer.uk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.Texts;

/**
 * The OFSI consolidated list columns (2022 format), found by name in the header row so that their order may change.
 * A data row is turned into the values of {@link #NAMES} in that fixed order.
 */
final class UkColumns {

    static final List<String> NAMES = List.of("Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title",
            "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "DOB", "Town of Birth",
            "Country of Birth", "Nationality", "Passport Number", "Passport Details", "National Identification Number",
            "National Identification Details", "Position", "Address 1", "Address 2", "Address 3", "Address 4",
            "Address 5", "Address 6", "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
            "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated", "Last Updated", "Group ID");

    private final int[] positions = new int[NAMES.size()];

    private UkColumns(Map<String, Integer> header) {
        for (int i = 0; i < NAMES.size(); i++) {
            positions[i] = header.getOrDefault(NAMES.get(i), -1);
        }
    }

    /** The columns, when this row is the header row (it names "Name 6" and "Group ID"); else null. */
    static UkColumns ifHeader(List<String> row, String fileName) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = Texts.clean(row.get(i));
            if (name != null) {
                header.putIfAbsent(name, i);
            }
        }
        if (!header.containsKey("Name 6") || !header.containsKey("Group ID")) {
            return null;
        }
        List<String> missing = NAMES.stream().filter(n -> !header.containsKey(n)).toList();
        if (missing.size() > 3) {
            throw new ListFormatException(fileName + " has an OFSI header row without the columns " + missing);
        }
        return new UkColumns(header);
    }

    static int index(String name) {
        return NAMES.indexOf(name);
    }

    /** The row's values in {@link #NAMES} order (null where the column is absent or the cell empty). */
    List<String> values(List<String> row) {
        List<String> values = new ArrayList<>(positions.length);
        for (int p : positions) {
            values.add(p >= 0 && p < row.size() ? Texts.clean(row.get(p)) : null);
        }
        return values;
    }
}
