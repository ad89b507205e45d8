package org.sanctions.registry.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.TestData.addMeasure;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.name;
import static org.sanctions.registry.TestData.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.TestData;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;
import org.sanctions.testkit.ProjectPaths;

/**
 * The provider side of the contract with lookup-service: this registry's real change feed and snapshot export,
 * after writes that fill every field lookup reads, are checked against the consumer's expectations in
 * {@code lookup-service/src/test/resources/contract/registry-consumer.json} (derived there from the records lookup
 * parses them into). A renamed, retyped or dropped field fails here, in the provider's build.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "lookup-service", roles = {Roles.FEED_READER, Roles.EDITOR, Roles.AUDITOR})
class ConsumerContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "/api/v1/sources/ofac-consolidated";
    private static final String CONTRACT = "lookup-service/src/test/resources/contract/registry-consumer.json";

    @Test
    void feedAndExportGiveLookupEveryFieldItReadsWithItsType() throws Exception {
        Path file = ProjectPaths.root().resolve(CONTRACT);
        assertThat(Files.isRegularFile(file)).as("the consumer contract " + file).isTrue();
        JsonNode contract = JSON.readTree(file.toFile());
        long before = JSON.readTree(given().accept("application/x-ndjson").get("/api/v1/parties/export").asString()
                .lines().findFirst().orElseThrow()).get("seq").asLong();

        String program = TestData.createProgram();
        Map<String, Object> body = person("CONTRACT, Sample");
        @SuppressWarnings("unchecked")
        List<Object> names = (List<Object>) body.get("names");
        Map<String, Object> cyrillic = name("КОНТРАКТ, Образец", "AKA");
        cyrillic.put("script", "Cyrl");
        cyrillic.put("language", "ru");
        names.add(cyrillic);
        body.put("birthDates", new ArrayList<>(List.of(Map.of("date", "1957-12-07"),
                Map.of("from", "1950-01-01", "to", "1952-12-31", "circa", true))));
        body.put("citizenships", List.of("GB"));
        String owner = createParty(person("CONTRACT, Owner"));
        Map<String, Object> owned = new HashMap<>(Map.of("type", "OWNS", "direction", "INCOMING", "partyId", owner,
                "share", 60));
        owned.put("endDate", "2099-12-31");
        body.put("relationships", List.of(owned, Map.of("type", "OWNS", "direction", "INCOMING", "target",
                Map.of("name", "CONTRACT TRUST"), "shareMin", 10, "shareMax", 25)));
        String party = createParty(body);
        Map<String, Object> frozen = measure(program, "ASSET_FREEZE", "2020-08-07");
        frozen.put("effectiveDate", "2020-08-08");
        String measureId = addMeasure(party, frozen);
        addMeasure(party, measure(program, "VISA_RESTRICTION", "2021-01-01"));
        TestData.write().body(Map.of("date", "2025-01-15", "reason", "Delisted"))
                .post("/api/v1/parties/" + party + "/measures/" + measureId + "/revoke").then().statusCode(200);
        fetchAListFile();

        Set<String> seen = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        JsonNode feed = JSON.readTree(given().accept("application/json")
                .get("/api/v1/changes?after=" + before + "&limit=100&waitSeconds=0").then().statusCode(200)
                .extract().asString());
        check(interaction(contract, 0).get("body"), feed, "", seen, errors);

        List<String> export = given().accept("application/x-ndjson").get("/api/v1/parties/export").asString()
                .lines().filter(l -> !l.isBlank()).toList();
        JsonNode header = JSON.readTree(export.get(0));
        check(interaction(contract, 1).get("body"), header, "", seen, errors);
        assertThat(header.path("format").asText())
                .isEqualTo(interaction(contract, 1).at("/body/fields/format/value").asText());
        for (String line : export.subList(1, export.size())) {
            JsonNode node = JSON.readTree(line);
            if (node.has("party") && party.equals(node.at("/party/id").asText())) {
                check(interaction(contract, 2).get("body"), node, "", seen, errors);
            }
        }

        assertThat(errors).as("the provider's answers break the consumer's contract").isEmpty();
        List<String> neverSeen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paths(interaction(contract, i).get("body"), "", neverSeen);
        }
        neverSeen.removeAll(seen);
        assertThat(neverSeen).as("fields lookup reads that the registry never sent with a value (renamed or dropped?)")
                .isEmpty();
    }

    /**
     * A list source fetches and applies a one-entry file, so that the feed carries the source and import events
     * (SOURCE_UPDATED, SOURCE_FETCHED, IMPORT_APPLIED) with what lookup reads of them.
     */
    private static void fetchAListFile() throws Exception {
        Path directory = Files.createTempDirectory("contract-source");
        Files.writeString(directory.resolve("cons_prim.csv"), "99941,\"CONTRACTFETCH, Sample\",\"individual\","
                + "\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 03 Mar 1972.\"\r\n", StandardCharsets.ISO_8859_1);
        Map<String, Object> settings = new HashMap<>(Map.of("format", "OFAC_NON_SDN_CSV", "url",
                directory.toUri().toString(), "policy", "AUTO", "maxDelistShare", 0.2));
        settings.put("every", null);
        given().contentType(ContentType.JSON).body(settings).put(SOURCE).then().statusCode(200);
        given().post(SOURCE + "/fetches").then().statusCode(202);
        Awaitility.await("the source applied its file").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(SOURCE).then().statusCode(200).extract().path("state"), "APPLIED"::equals);
    }

    private static JsonNode interaction(JsonNode contract, int i) {
        return contract.get("interactions").get(i);
    }

    /** Checks a value against a shape, recording each field path seen with a value. */
    private static void check(JsonNode shape, JsonNode value, String path, Set<String> seen, List<String> errors) {
        String type = shape.get("type").asText();
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "number" -> value.isNumber();
            case "string" -> value.isTextual() && (!shape.has("format") || hasFormat(shape.get("format").asText(), value.asText()));
            default -> false;
        };
        if (!ok) {
            errors.add(path + ": expected " + type + (shape.has("format") ? " (" + shape.get("format").asText() + ")"
                    : "") + ", got " + value);
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> check(shape.get("items"), item, path + "[]", seen, errors));
        } else if (value.isObject()) {
            shape.get("fields").fields().forEachRemaining(field -> {
                JsonNode member = value.get(field.getKey());
                String at = path + "/" + field.getKey();
                if (member == null || member.isNull()) {
                    if (field.getValue().path("required").asBoolean()) {
                        errors.add(at + ": required, missing or null");
                    }
                } else {
                    seen.add(at);
                    check(field.getValue(), member, at, seen, errors);
                }
            });
        }
    }

    private static void paths(JsonNode shape, String path, List<String> out) {
        if ("array".equals(shape.get("type").asText())) {
            paths(shape.get("items"), path + "[]", out);
        } else if ("object".equals(shape.get("type").asText())) {
            shape.get("fields").fields().forEachRemaining(field -> {
                out.add(path + "/" + field.getKey());
                paths(field.getValue(), path + "/" + field.getKey(), out);
            });
        }
    }

    private static boolean hasFormat(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "uuid" -> java.util.UUID.fromString(text);
                case "date-time" -> java.time.Instant.parse(text);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
