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
            + ",\"program\":null,\"source\":null,\"importJob\":null},{\"seq\":125,\"time\":\"2025-04-01T09:06:00Z\","
            + "\"action\":\"IMPORT_APPLIED\",\"entityType\":\"IMPORT\",\"entityId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\","
            + "\"version\":2,\"party\":null,\"program\":null,\"source\":null,\"importJob\":{\"id\":"
            + "\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\",\"source\":\"ofac-sdn\",\"sourceId\":\"ofac-sdn\",\"state\":"
            + "\"SUCCEEDED\",\"format\":\"OFAC_SDN_CSV\",\"mode\":\"FULL\",\"fileSha256\":"
            + "\"5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50\",\"counts\":{\"rowsRead\":17,"
            + "\"entries\":17,\"added\":1,\"updated\":0,\"unchanged\":16,\"revoked\":0,\"rejected\":0},\"delta\":"
            + "{\"listedBefore\":16,\"added\":1,\"changed\":0,\"delisted\":0,\"delistShare\":0.0},\"note\":null,"
            + "\"decision\":null,\"appliedAt\":\"2025-04-01T09:06:00Z\"}}],\"lastSeq\":125}";
    static final String EXPORT = "{\"format\":\"sanctions-registry-export\",\"formatVersion\":1,\"seq\":123,"
            + "\"exportedAt\":\"2025-04-01T10:00:00Z\",\"sources\":[{\"source\":\"ofac-sdn\",\"fileSha256\":"
            + "\"5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50\",\"appliedAt\":\"2025-04-01T09:06:00Z\","
            + "\"importId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"}]}\n{\"program\":{\"code\":\"HK-EO13936\",\"name\":\"Hong Kong\","
            + "\"authority\":\"US-OFAC\",\"legalBasis\":null,\"description\":null,\"url\":null,\"retiredOn\":null,"
            + "\"version\":1}}\n{\"party\":" + PARTY + "}\n";

    private FeedExamples() {
    }
}
