package org.sanctions.registry.party;

/** JSON examples for the OpenAPI document (public OFAC SDN data for entry 29250). */
final class PartyExamples {

    static final String INPUT = "{\"kind\":\"PERSON\",\"names\":[{\"fullName\":\"LEE, John Ka-chiu\",\"type\":\"PRIMARY\","
            + "\"script\":\"Latn\",\"language\":\"en\"},{\"fullName\":\"LI, Jiachao\",\"type\":\"WEAK_AKA\",\"script\":\"Latn\","
            + "\"language\":null}],\"birthDates\":[{\"date\":\"1957-12-07\",\"circa\":false}],\"placesOfBirth\":[],"
            + "\"nationalities\":[],\"citizenships\":[],\"gender\":\"MALE\",\"positions\":[\"Secretary for Security\"],"
            + "\"identifiers\":[{\"type\":\"NATIONAL_ID\",\"number\":\"G0286787\",\"country\":\"HK\"}],\"addresses\":[],"
            + "\"remarks\":null,\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"29250\","
            + "\"url\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\"}]}";
    static final String MEASURE = "{\"id\":\"5b2e0c1a-3d4f-4a5b-8c6d-7e8f9a0b1c2d\",\"program\":\"HK-EO13936\","
            + "\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\",\"listedDate\":\"2020-08-07\",\"effectiveDate\":\"2020-08-07\","
            + "\"status\":\"ACTIVE\",\"statusDate\":null,\"statusReason\":null,"
            + "\"sourceUrl\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\"}";
    static final String PARTY = "{\"id\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"kind\":\"PERSON\",\"version\":2,"
            + "\"names\":[{\"fullName\":\"LEE, John Ka-chiu\",\"type\":\"PRIMARY\",\"script\":\"Latn\",\"language\":\"en\"}],"
            + "\"birthDates\":[{\"date\":\"1957-12-07\",\"circa\":false}],\"placesOfBirth\":[],\"nationalities\":[],"
            + "\"citizenships\":[],\"gender\":\"MALE\",\"positions\":[\"Secretary for Security\"],"
            + "\"identifiers\":[{\"type\":\"NATIONAL_ID\",\"number\":\"G0286787\",\"country\":\"HK\"}],\"addresses\":[],"
            + "\"remarks\":null,\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"29250\","
            + "\"url\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\"}],\"measures\":[" + MEASURE + "],"
            + "\"createdAt\":\"2025-04-01T09:00:00Z\",\"updatedAt\":\"2025-04-01T09:05:00Z\"}";
    static final String PATCH = "{\"positions\":[\"Chief Executive of the Hong Kong Special Administrative Region\"],"
            + "\"remarks\":null}";
    static final String MEASURE_INPUT = "{\"program\":\"HK-EO13936\",\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\","
            + "\"listedDate\":\"2020-08-07\",\"effectiveDate\":\"2020-08-07\","
            + "\"sourceUrl\":\"https://www.treasury.gov/ofac/downloads/sdn.csv\"}";
    static final String REVOCATION = "{\"date\":\"2025-01-15\",\"reason\":\"Delisted by the authority\",\"status\":\"REVOKED\"}";
    static final String PAGE = "{\"items\":[" + PARTY + "],\"nextCursor\":null}";

    private PartyExamples() {
    }
}
