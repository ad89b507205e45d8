package org.sanctions.registry.audit.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The hashed content of one chained event; the same fields, in the same canonical form, at append and at verify. */
record ChainEvent(long seq, Instant at, String actorSubject, String actorUsername, String actorClient, String action,
        String entityType, String entityId, long version, String reason, JsonNode before, JsonNode after,
        JsonNode diff, String prevHash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String hash() {
        ObjectNode content = JSON.createObjectNode();
        content.put("seq", seq);
        content.put("time", at.toString());
        content.put("actorSubject", actorSubject);
        content.put("actorUsername", actorUsername);
        content.put("actorClient", actorClient);
        content.put("action", action);
        content.put("entityType", entityType);
        content.put("entityId", entityId);
        content.put("version", version);
        content.put("reason", reason);
        content.set("before", before);
        content.set("after", after);
        content.set("diff", diff);
        content.put("prevHash", prevHash);
        return Canonical.sha256(Canonical.of(content));
    }

    static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("event document is not JSON", e);
        }
    }
}
