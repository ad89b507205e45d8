package org.sanctions.lookup.ownership;

import java.util.Map;
import org.sanctions.lookup.index.FakeRegistry;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.lookup.index.TestParties;

/**
 * The fake registry with three fictitious persons listed by different authorities, for ownership screening. The
 * names are invented so that no real person is said to be listed where they are not.
 */
public class OwnershipRegistryResource extends FakeRegistryResource {

    public static final String KARAVAYEV = "5b2e0c52-4f7e-4a3e-9a51-000000900001";
    public static final String SOLNTSEVA = "5b2e0c52-4f7e-4a3e-9a51-000000900002";
    public static final String BRANDT = "5b2e0c52-4f7e-4a3e-9a51-000000900003";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        FakeRegistry registry = FakeRegistry.get();
        registry.seed(KARAVAYEV, party(KARAVAYEV, "KARAVAYEV, Arkady Petrovich", "1961-03-14",
                "US-OFAC", "RUSSIA-EO14024", "EU", "EU-RUSSIA-269/2014", "UK-FCDO", "UK-RUSSIA"));
        registry.seed(SOLNTSEVA, party(SOLNTSEVA, "SOLNTSEVA, Irina Olegovna", "1970-11-02",
                "US-OFAC", "RUSSIA-EO14024", "EU", "EU-RUSSIA-269/2014", "UK-FCDO", "UK-RUSSIA"));
        registry.seed(BRANDT, party(BRANDT, "BRANDT, Viktor Emilevich", "1958-06-21",
                "EU", "EU-RUSSIA-269/2014", "UK-FCDO", "UK-RUSSIA"));
        return config;
    }

    /** A person in the registry's PartyDto shape with one active asset freeze per (authority, program) pair. */
    private static String party(String id, String name, String birth, String... authorityProgram) {
        String base = TestParties.person(id, name, "[]", birth, "X", "2022-03-01", "ACTIVE", null);
        StringBuilder measures = new StringBuilder();
        for (int i = 0; i < authorityProgram.length; i += 2) {
            measures.append(i > 0 ? "," : "").append("{\"id\":\"").append(id, 0, 30).append("fffff").append(i / 2)
                    .append("\",\"program\":\"").append(authorityProgram[i + 1])
                    .append("\",\"type\":\"ASSET_FREEZE\",\"authority\":\"").append(authorityProgram[i])
                    .append("\",\"listedDate\":\"2022-03-01\",\"effectiveDate\":\"2022-03-01\",\"status\":\"ACTIVE\","
                            + "\"statusDate\":null,\"statusReason\":null,\"sourceUrl\":null}");
        }
        int from = base.indexOf("\"measures\":[");
        int to = base.indexOf("],\"createdAt\"");
        return base.substring(0, from) + "\"measures\":[" + measures + base.substring(to);
    }
}
