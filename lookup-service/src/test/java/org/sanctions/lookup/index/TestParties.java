package org.sanctions.lookup.index;

/** PartyDto JSON of real listed parties (names and dates as OFAC lists them) for the service tests. */
public final class TestParties {

    public static final String LEE = "7a1d0c52-4f7e-4a3e-9a51-000000029250";
    public static final String LAM = "7a1d0c52-4f7e-4a3e-9a51-000000029249";
    public static final String PUTIN = "7a1d0c52-4f7e-4a3e-9a51-000000035096";
    /** An invented company on no list, 60% owned by PUTIN: blocked only through its owner (issue 17). */
    public static final String OWNED_BY_PUTIN = "7a1d0c52-4f7e-4a3e-9a51-0000000a0060";

    private TestParties() {
    }

    static synchronized void seed(FakeRegistry registry) {
        registry.seed(LEE, person(LEE, "LEE, John Ka-chiu", "[{\"fullName\":\"LEE, John\",\"type\":\"AKA\"},"
                + "{\"fullName\":\"LEE, Ka Chiu\",\"type\":\"AKA\"},"
                + "{\"fullName\":\"LI, Jiachao\",\"type\":\"WEAK_AKA\"}]",
                "1957-12-07", "HK-EO13936", "2020-08-07", "ACTIVE", null));
        registry.seed(LAM, person(LAM, "LAM, Carrie", "[{\"fullName\":\"LAM CHENG, Yuet-ngor\",\"type\":\"AKA\"}]",
                "1957-05-13", "HK-EO13936", "2020-08-07", "ACTIVE", null));
        registry.seed(PUTIN, person(PUTIN, "PUTIN, Vladimir Vladimirovich", "[]", "1952-10-07", "RUSSIA-EO14024",
                "2022-02-25", "ACTIVE", null));
        String company = person(OWNED_BY_PUTIN, "ZELMORAN HOLDING LLC", "[]", "1999", "NONE", "2023-05-19", "ACTIVE",
                null).replace("\"kind\":\"PERSON\"", "\"kind\":\"ORGANIZATION\"")
                .replace("\"birthDates\":[{\"date\":\"1999\"}]", "\"birthDates\":[]")
                .replaceAll("\"measures\":\\[\\{.*?\\}\\]", "\"measures\":[]");
        registry.seed(OWNED_BY_PUTIN, company.substring(0, company.length() - 1) + ",\"relationships\":[{\"type\":"
                + "\"OWNS\",\"direction\":\"INCOMING\",\"partyId\":\"" + PUTIN + "\",\"share\":60}]}");
    }

    /** A person party in the registry's PartyDto shape with one measure. */
    public static String person(String id, String primary, String aliasesJson, String birth, String program,
            String listed, String status, String statusDate) {
        String aliases = aliasesJson.equals("[]") ? "" : "," + aliasesJson.substring(1, aliasesJson.length() - 1);
        return "{\"id\":\"" + id + "\",\"kind\":\"PERSON\",\"version\":1,\"names\":[{\"fullName\":\"" + primary
                + "\",\"type\":\"PRIMARY\",\"script\":\"Latn\",\"language\":\"en\"}" + aliases + "],"
                + "\"birthDates\":[{\"date\":\"" + birth + "\"}],\"placesOfBirth\":[],\"nationalities\":[\"CN\"],"
                + "\"citizenships\":[],\"gender\":null,\"positions\":[],\"identifiers\":[],\"addresses\":[],"
                + "\"remarks\":null,\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"1\","
                + "\"url\":null}],\"measures\":[{\"id\":\"" + id.substring(0, 30) + "ffffff\",\"program\":\"" + program
                + "\",\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\",\"listedDate\":\"" + listed
                + "\",\"effectiveDate\":\"" + listed + "\",\"status\":\"" + status + "\",\"statusDate\":"
                + (statusDate == null ? "null" : "\"" + statusDate + "\"")
                + ",\"statusReason\":null,\"sourceUrl\":null}],"
                + "\"createdAt\":\"2026-11-28T10:00:00Z\",\"updatedAt\":\"2026-11-28T10:00:00Z\"}";
    }
}
