package org.sanctions.registry.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.TestData;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** A consumer that loads the snapshot and then follows the feed ends up with exactly the registry's state. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "lookup-service", roles = {Roles.FEED_READER, Roles.EDITOR, Roles.AUDITOR})
class SnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void startsWithAHeaderNamingTheSeqItReflects() throws Exception {
        createParty(person("SNAPSHOT, Header"));
        Response export = given().accept("application/x-ndjson").get("/api/v1/parties/export");
        export.then().statusCode(200).contentType("application/x-ndjson");
        List<String> lines = export.asString().lines().toList();
        JsonNode header = JSON.readTree(lines.get(0));
        assertThat(header.get("format").asText()).isEqualTo("sanctions-registry-export");
        assertThat(header.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(header.get("seq").asLong()).isEqualTo(Long.parseLong(export.header("X-Snapshot-Seq")));
        assertThat(header.get("exportedAt").asText()).isNotBlank();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.has("party") ^ node.has("program")).as(line).isTrue();
        }
    }

    @Test
    void snapshotPlusFeedReproduceTheRegistryExactly() throws Exception {
        String program = TestData.createProgram();
        String revoked = createParty(person("REPLAY, Revoked"));
        String measureId = addMeasure(revoked, measure(program, "ASSET_FREEZE", "2020-08-07"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 15; i++) {
                createParty(person("REPLAY, Concurrent " + i));
            }
        });
        Response export = given().get("/api/v1/parties/export");
        Map<String, JsonNode> parties = new TreeMap<>();
        Map<String, JsonNode> programs = new TreeMap<>();
        List<String> lines = export.asString().lines().toList();
        long seq = JSON.readTree(lines.get(0)).get("seq").asLong();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = JSON.readTree(line);
            if (node.has("party")) {
                parties.put(node.get("party").get("id").asText(), node.get("party"));
            } else {
                programs.put(node.get("program").get("code").asText(), node.get("program"));
            }
        }
        writer.get();
        TestData.write().body(Map.of("date", "2025-01-15", "reason", "Delisted"))
                .post("/api/v1/parties/" + revoked + "/measures/" + measureId + "/revoke").then().statusCode(200);

        for (long after = seq;;) {
            Response page = given().get("/api/v1/changes?limit=7&after=" + after);
            JsonNode body = JSON.readTree(page.asString());
            if (body.get("events").isEmpty()) {
                break;
            }
            for (JsonNode event : body.get("events")) {
                assertThat(event.get("seq").asLong()).as("no gap, no duplicate").isEqualTo(after + 1);
                after = event.get("seq").asLong();
                if (event.get("entityType").asText().equals("PARTY")) {
                    parties.put(event.get("entityId").asText(), event.get("party"));
                } else {
                    programs.put(event.get("entityId").asText(), event.get("program"));
                }
            }
        }
        assertThat(parties).isEqualTo(registryParties());
        assertThat(programs).isEqualTo(registryPrograms());
        assertThat(parties.get(revoked).at("/measures/0/status").asText()).isEqualTo("REVOKED");
    }

    private static Map<String, JsonNode> registryParties() throws Exception {
        Map<String, JsonNode> all = new TreeMap<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(given().get("/api/v1/parties?limit=500" + (cursor == null ? "" : "&cursor=" + cursor))
                    .asString());
            page.get("items").forEach(p -> all.put(p.get("id").asText(), p));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return all;
    }

    private static Map<String, JsonNode> registryPrograms() throws Exception {
        Map<String, JsonNode> all = new TreeMap<>();
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(given().get("/api/v1/programs?includeRetired=true").asString()).get("items").forEach(items::add);
        items.forEach(p -> all.put(p.get("code").asText(), p));
        return all;
    }
}
