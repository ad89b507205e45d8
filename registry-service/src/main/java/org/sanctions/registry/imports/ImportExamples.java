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
}
