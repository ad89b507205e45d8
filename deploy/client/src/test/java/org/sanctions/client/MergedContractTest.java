package org.sanctions.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merged document of the real services, as built into this jar (the one the client is generated from): every
 * operation named and tagged, every body typed, domain names only, shared types once, the gateway in servers.
 */
class MergedContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MergedContractTest.class.getResourceAsStream("/org/sanctions/client/sanctions-api.json")) {
            document = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndATag() {
        Set<String> ids = new HashSet<>();
        List<String> operations = operations();
        for (String operation : operations) {
            JsonNode op = operation(operation);
            assertThat(op.path("operationId").asText()).as(operation).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(op.path("operationId").asText())).as("unique: " + operation).isTrue();
            assertThat(op.path("tags")).as(operation).isNotEmpty();
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(30);
        System.out.println("operationIds: " + String.join(", ", ids.stream().sorted().toList()));
    }

    @Test
    void everySuccessAndErrorBodyHasASchema() {
        List<String> untyped = new ArrayList<>();
        for (String operation : operations()) {
            operation(operation).path("responses").properties().forEach(response -> response.getValue()
                    .path("content").properties().forEach(media -> {
                        if (!media.getValue().has("schema")) {
                            untyped.add(operation + " " + response.getKey() + " " + media.getKey());
                        }
                    }));
        }
        assertThat(untyped).isEmpty();
    }

    @Test
    void screeningOneNameIsTypedInBothDirections() {
        JsonNode op = operation("post /api/v1/screenings");
        assertThat(op.path("operationId").asText()).isEqualTo("screenName");
        assertThat(op.path("tags").get(0).asText()).isEqualTo("Screening");
        JsonNode request = schema(op.at("/requestBody/content/application~1json/schema"));
        assertThat(request.path("properties").has("name")).isTrue();
        JsonNode answer = schema(op.at("/responses/200/content/application~1json/schema"));
        JsonNode matches = answer.at("/properties/matches");
        assertThat(matches.path("type").asText()).isEqualTo("array");
        assertThat(schema(matches.path("items")).at("/properties/score/type").asText()).isEqualTo("number");
    }

    @Test
    void namesNoSchemaAfterAJavaTypeAndKeepsSharedTypesOnce() {
        Set<String> names = new HashSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names).doesNotContainAnyElementsOf(
                List.of("JsonNode", "Instant", "UUID", "LocalDate", "Result", "JsonNodeType", "Kind"));
        assertThat(names).contains("Problem", "Violation", "PartyKind");
        assertThat(names).noneMatch(n -> n.startsWith("Registry") || n.startsWith("Lookup"));
        assertThat(document.toString()).doesNotContain("#/components/schemas/java.");
    }

    @Test
    void namesTheGatewayInServersAndTypesTheQueryParameters() {
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("http://localhost:8080");
        for (String operation : List.of("get /api/v1/parties", "get /api/v1/audit/events", "get /api/v1/changes",
                "get /api/v1/imports", "get /api/v1/search", "get /api/v1/screenings")) {
            JsonNode limit = null;
            for (JsonNode parameter : operation(operation).path("parameters")) {
                if ("limit".equals(parameter.path("name").asText())) {
                    limit = parameter;
                }
            }
            assertThat(limit).as(operation).isNotNull();
            assertThat(limit.at("/schema/type").asText()).as(operation).isEqualTo("integer");
        }
    }

    private static List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(method.getKey() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.path("paths").path(parts[1]).path(parts[0]);
    }

    private static JsonNode schema(JsonNode schemaOrRef) {
        String ref = schemaOrRef.path("$ref").asText("");
        return ref.isEmpty() ? schemaOrRef
                : document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
}
