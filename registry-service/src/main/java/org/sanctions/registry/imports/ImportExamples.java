package org.sanctions.registry.imports;

/** JSON examples for the OpenAPI document (the May 2024 SDN file imported over the July 2021 one). */
final class ImportExamples {

    private static final String HEAD = "{\"id\":\"1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b\",";
    private static final String REQUEST = "\"format\":\"OFAC_SDN_CSV\",\"files\":[{\"name\":\"sdn.csv\",\"size\":3909739,"
            + "\"sha256\":\"9f2c4be5d8a1e0b7c6f3a2d1e4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3\"}],"
            + "\"reason\":\"OFAC SDN list as published 2024-05-01\",\"listDate\":\"2024-05-01\","
            + "\"actor\":{\"subject\":\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\","
            + "\"clientId\":\"sanctions-cli\"},\"createdAt\":\"2025-04-01T09:00:00Z\",";

    static final String QUEUED = HEAD + "\"state\":\"QUEUED\"," + REQUEST + "\"startedAt\":null,\"finishedAt\":null,"
            + "\"progress\":{\"rowsRead\":0,\"entries\":0,\"added\":0,\"updated\":0,\"unchanged\":0,\"revoked\":0,"
            + "\"rejected\":0},\"rejects\":[],\"rejectsTruncated\":false,\"programsCreated\":[]}";

    private static final String DONE = HEAD + "\"state\":\"SUCCEEDED\"," + REQUEST
            + "\"startedAt\":\"2025-04-01T09:00:01Z\",\"finishedAt\":\"2025-04-01T09:01:10Z\","
            + "\"progress\":{\"rowsRead\":14965,\"entries\":14965,\"added\":6870,\"updated\":745,\"unchanged\":7350,"
            + "\"revoked\":881,\"rejected\":0},";
    private static final String DONE_TAIL = "\"rejectsTruncated\":false,\"programsCreated\":[\"ILLICIT-DRUGS-EO14059\"]}";

    static final String SUCCEEDED = DONE + "\"rejects\":[]," + DONE_TAIL;

    static final String FAILED = HEAD + "\"state\":\"FAILED\"," + REQUEST
            + "\"startedAt\":\"2025-04-01T09:00:01Z\",\"finishedAt\":\"2025-04-01T09:00:02Z\","
            + "\"progress\":{\"rowsRead\":0,\"entries\":3120,\"added\":0,\"updated\":0,\"unchanged\":0,\"revoked\":0,"
            + "\"rejected\":0},\"rejects\":[],\"rejectsTruncated\":false,\"programsCreated\":[],"
            + "\"problem\":{\"type\":\"urn:sanctions:problem:malformed-request\",\"title\":\"Malformed list file\","
            + "\"status\":400,\"detail\":\"The file cannot be read to the end, so nothing was imported: sdn.csv ends"
            + " in the middle of a record (truncated?).\",\"instance\":\"/api/v1/imports/1b4e28ba-2fa1-4d3b-a3f5-"
            + "ef19b5a7633b\"}}";

    static final String LIST = "[" + DONE + DONE_TAIL + "]";

    static final String NOT_A_LIST = "{\"type\":\"urn:sanctions:problem:unsupported-media-type\","
            + "\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"The upload is not a list this registry can"
            + " import: the upload was declared as UN_SC_XML (UN Security Council consolidated list XML) but sdn.csv is"
            + " OFAC_SDN_CSV (OFAC SDN legacy CSV set (sdn.csv with optional alt.csv, add.csv, sdn_comments.csv)).\","
            + "\"instance\":\"/api/v1/imports\",\"requestId\":\"3f9a\"}";

    private ImportExamples() {
    }

    private static final String DECIDED = "\"startedAt\":null,\"finishedAt\":null,\"progress\":{\"rowsRead\":50,"
            + "\"entries\":3,\"added\":0,\"updated\":1,\"unchanged\":2,\"revoked\":14,\"rejected\":34},"
            + "\"rejects\":[],\"rejectsTruncated\":false,\"programsCreated\":[],\"mode\":\"FULL\",\"preview\":false,"
            + "\"maxDelistShare\":0.05,";

    static final String APPROVED = HEAD + "\"state\":\"QUEUED\"," + REQUEST + DECIDED
            + "\"note\":\"The file would delist 14 of the 17 listed entries (82.4%), more than the 5.0% an import may"
            + " delist without review: nothing was applied.\",\"decision\":{\"decision\":\"APPROVED\",\"subject\":"
            + "\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"username\":\"editor2\",\"at\":\"2025-04-01T10:00:00Z\","
            + "\"reason\":\"The programme was wound down: checked against the OFAC recent actions\"}}";

    static final String REJECTED = HEAD + "\"state\":\"REJECTED\"," + REQUEST + DECIDED
            + "\"note\":\"The file would delist 14 of the 17 listed entries (82.4%), more than the 5.0% an import may"
            + " delist without review: nothing was applied.\",\"decision\":{\"decision\":\"REJECTED\",\"subject\":"
            + "\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"username\":\"editor2\",\"at\":\"2025-04-01T10:00:00Z\","
            + "\"reason\":\"Truncated download: 3 of 17 rows\"}}";

    static final String DELTA = "{\"mode\":\"FULL\",\"listedBefore\":17,\"delistShare\":0.0,\"maxDelistShare\":0.05,"
            + "\"added\":0,\"changed\":1,\"delisted\":0,\"retained\":1,\"addedEntries\":[],\"changedEntries\":[{"
            + "\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"source\":\"US-OFAC/SDN/11195\",\"name\":"
            + "\"IRAN AIRCRAFT MANUFACTURING INDUSTRIAL COMPANY\",\"changes\":[{\"op\":\"add\",\"path\":\"/names/6\","
            + "\"old\":null,\"new\":{\"fullName\":\"HESA\",\"type\":\"AKA\",\"script\":\"Latn\",\"language\":null}}]}],"
            + "\"delistedEntries\":[],\"retainedValues\":[{\"partyId\":\"5b2e0c1a-3d4f-4a5b-8c6d-7e8f9a0b1c2d\","
            + "\"source\":\"US-OFAC/SDN/48603\",\"field\":\"names\",\"value\":{\"fullName\":\"YURIEVICH, Dmitry\","
            + "\"type\":\"AKA\",\"script\":\"Latn\",\"language\":null},\"assertedBy\":[\"person editor\"]}],"
            + "\"truncated\":false,\"digest\":\"3f7c0a5e9b1d4c2a8e6f0b3d5c7a9e1f2b4d6c8a0e2f4b6d8c0a2e4f6b8d0c2a\"}";
}
