package org.sanctions.lookup.ownership;

import java.util.List;
import java.util.Map;

/**
 * A node of an ownership graph.
 *
 * @param listedUnder per jurisdiction, the programs under which the party itself is blocked (absent or empty: not)
 */
public record Party(String id, String name, Map<Jurisdiction, List<String>> listedUnder) {

    public Party {
        listedUnder = listedUnder == null ? Map.of() : Map.copyOf(listedUnder);
    }

    public static Party unlisted(String id, String name) {
        return new Party(id, name, Map.of());
    }

    public boolean listedUnder(Jurisdiction j) {
        List<String> programs = listedUnder.get(j);
        return programs != null && !programs.isEmpty();
    }

    public List<String> programs(Jurisdiction j) {
        return listedUnder.getOrDefault(j, List.of());
    }
}
