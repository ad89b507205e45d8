package org.sanctions.registry.feed;

/** Examples for the OpenAPI document. */
final class FeedExamples {

    static final String PARTY = "{\"id\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"kind\":\"PERSON\",\"version\":3,"
            + "\"names\":[{\"fullName\":\"LEE, John Ka-chiu\",\"type\":\"PRIMARY\",\"script\":\"Latn\",\"language\":null}],"
            + "\"birthDates\":[{\"date\":\"1957-12-07\",\"circa\":false}],\"placesOfBirth\":[],\"nationalities\":[],"
            + "\"citizenships\":[],\"gender\":\"MALE\",\"positions\":[\"Secretary for Security\"],\"identifiers\":[],"
            + "\"addresses\":[],\"remarks\":null,\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"29250\","
            + "\"url\":null}],\"measures\":[],\"createdAt\":\"2025-04-01T09:00:00Z\",\"updatedAt\":\"2025-04-01T09:05:00Z\"}";
    static final String PAGE = "{\"events\":[{\"seq\":124,\"time\":\"2025-04-01T09:05:00Z\",\"action\":\"PARTY_UPDATED\","
            + "\"entityType\":\"PARTY\",\"entityId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"version\":3,\"party\":" + PARTY
            + ",\"program\":null}],\"lastSeq\":124}";
    static final String EXPORT = "{\"format\":\"sanctions-registry-export\",\"formatVersion\":1,\"seq\":123,"
            + "\"exportedAt\":\"2025-04-01T10:00:00Z\"}\n{\"program\":{\"code\":\"HK-EO13936\",\"name\":\"Hong Kong\","
            + "\"authority\":\"US-OFAC\",\"legalBasis\":null,\"description\":null,\"url\":null,\"retiredOn\":null,"
            + "\"version\":1}}\n{\"party\":" + PARTY + "}\n";

    private FeedExamples() {
    }
}
