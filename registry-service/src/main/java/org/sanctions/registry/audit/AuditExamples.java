package org.sanctions.registry.audit;

/** JSON and CSV examples for the OpenAPI document. */
final class AuditExamples {

    static final String EVENT = "{\"seq\":124,\"time\":\"2025-04-01T09:05:00.123456Z\",\"actor\":{\"subject\":"
            + "\"0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f\",\"username\":\"editor\",\"clientId\":\"sanctions-ui\"},"
            + "\"action\":\"PARTY_UPDATED\",\"entityType\":\"PARTY\",\"entityId\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\","
            + "\"version\":2,\"reason\":\"Position updated\",\"before\":{\"positions\":[\"Secretary for Security\"]},"
            + "\"after\":{\"positions\":[\"Chief Executive\"]},\"diff\":[{\"op\":\"replace\",\"path\":\"/positions/0\","
            + "\"old\":\"Secretary for Security\",\"new\":\"Chief Executive\"}],\"prevHash\":\"5d41...\",\"hash\":\"7f83...\"}";
    static final String PAGE = "{\"events\":[" + EVENT + "],\"nextCursor\":null}";
    static final String CSV = "seq,time,actor_subject,actor_username,actor_client,action,entity_type,entity_id,version,"
            + "reason,diff,prev_hash,hash\n124,2025-04-01T09:05:00.123456Z,0b5d3c4e,editor,sanctions-ui,PARTY_UPDATED,PARTY,"
            + "9a1c0d2e,2,Position updated,\"[{\"\"op\"\":\"\"replace\"\"}]\",5d41...,7f83...\n";
    static final String VERIFY = "{\"valid\":false,\"checked\":57,\"firstBrokenSeq\":57,\"problem\":\"event 57: its content "
            + "no longer matches its hash (changed)\",\"headSeq\":130,\"headHash\":\"7f83...\",\"durationMillis\":12}";
    static final String HISTORY = "[{\"seq\":124,\"time\":\"2025-04-01T09:05:00.123456Z\",\"actor\":{\"subject\":\"0b5d\","
            + "\"username\":\"editor\",\"clientId\":\"sanctions-ui\"},\"action\":\"PARTY_UPDATED\",\"version\":2,"
            + "\"reason\":\"Position updated\",\"diff\":[{\"op\":\"replace\",\"path\":\"/positions/0\","
            + "\"old\":\"Secretary for Security\",\"new\":\"Chief Executive\"}]}]";

    private AuditExamples() {
    }
}
