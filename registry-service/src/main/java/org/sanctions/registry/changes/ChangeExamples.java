package org.sanctions.registry.changes;

/** OpenAPI examples of change requests. */
final class ChangeExamples {

    static final String PENDING = "{\"id\":\"3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\",\"kind\":\"UPDATE_PARTY\","
            + "\"state\":\"PENDING\",\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"measureId\":null,"
            + "\"baseVersion\":3,\"body\":{\"kind\":\"PERSON\",\"names\":[{\"fullName\":\"TANG, Ping-keung\","
            + "\"type\":\"PRIMARY\"}],\"positions\":[\"Secretary for Security\"]},\"diff\":{\"before\":{\"id\":"
            + "\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"version\":3,\"positions\":[\"Commissioner of Police\"]},"
            + "\"after\":{\"id\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"version\":4,\"positions\":"
            + "[\"Secretary for Security\"]},\"changes\":[{\"op\":\"replace\",\"path\":\"/positions/0\",\"old\":"
            + "\"Commissioner of Police\",\"new\":\"Secretary for Security\"}]},\"maker\":{\"subject\":"
            + "\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":\"Appointed 2021-06-25\","
            + "\"at\":\"2026-12-07T10:00:00Z\"},\"checker\":null,\"resultVersion\":null}";

    static final String APPLIED = "{\"id\":\"3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\",\"kind\":\"UPDATE_PARTY\","
            + "\"state\":\"APPLIED\",\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"baseVersion\":3,"
            + "\"maker\":{\"subject\":\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":"
            + "\"Appointed 2021-06-25\",\"at\":\"2026-12-07T10:00:00Z\"},\"checker\":{\"subject\":"
            + "\"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"username\":\"editor2\",\"reason\":\"Checked the press release\","
            + "\"at\":\"2026-12-07T10:05:00Z\"},\"resultVersion\":4}";

    static final String REJECTED = "{\"id\":\"3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\",\"kind\":\"PATCH_PARTY\","
            + "\"state\":\"REJECTED\",\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"baseVersion\":3,"
            + "\"maker\":{\"subject\":\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":"
            + "\"Shorter title\",\"at\":\"2026-12-07T10:00:00Z\"},\"checker\":{\"subject\":"
            + "\"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"username\":\"editor2\",\"reason\":\"The notice gives the full "
            + "title\",\"at\":\"2026-12-07T10:05:00Z\"},\"resultVersion\":null}";

    static final String WITHDRAWN = "{\"id\":\"3f2b8c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\",\"kind\":\"REVOKE_MEASURE\","
            + "\"state\":\"WITHDRAWN\",\"partyId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"baseVersion\":3,"
            + "\"maker\":{\"subject\":\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":"
            + "\"Delisted\",\"at\":\"2026-12-07T10:00:00Z\"},\"checker\":{\"subject\":"
            + "\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"reason\":\"Wrong measure\","
            + "\"at\":\"2026-12-07T10:02:00Z\"},\"resultVersion\":null}";

    static final String PAGE = "{\"items\":[" + PENDING + "],\"nextCursor\":null}";

    static final String DECISION = "{\"reason\":\"Checked against the Federal Register notice of 2020-08-07\"}";

    private ChangeExamples() {
    }
}
