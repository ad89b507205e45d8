package org.sanctions.lookup.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.ProjectPaths;

/**
 * The consumer side of the contract between this service and registry-service: what lookup reads from the change
 * feed and the snapshot export, derived from the records it parses them into ({@link ChangePage},
 * {@link RegistryParty}) and kept in {@code src/test/resources/contract/registry-consumer.json}. registry-service's
 * build checks its real output against that file ({@code ConsumerContractTest} there). This test fails when the
 * records and the file drift apart; {@code -Dcontract.write=true} rewrites the file from the records.
 */
class RegistryConsumerContractTest {

    static final String FILE = "lookup-service/src/test/resources/contract/registry-consumer.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCommittedContractIsWhatTheRecordsRead() throws Exception {
        String derived = JSON.writeValueAsString(contract()) + "\n";
        Path file = ProjectPaths.root().resolve(FILE);
        if (Boolean.getBoolean("contract.write")) {
            Files.writeString(file, derived);
        }
        assertThat(Files.exists(file)).as("contract file " + file + " (run once with -Dcontract.write=true)").isTrue();
        assertThat(Files.readString(file)).as("the contract in " + FILE + " no longer matches what lookup reads;"
                + " rewrite it with -Dcontract.write=true and let registry-service's ConsumerContractTest check it")
                .isEqualTo(derived);
    }

    @Test
    void thePartyOfAFeedEventAndOfAnExportLineIsTheSameShape() {
        ObjectNode contract = contract();
        assertThat(contract.at("/interactions/0/body/fields/events/items/fields/party"))
                .isEqualTo(contract.at("/interactions/2/body/fields/party"));
    }

    static ObjectNode contract() {
        ObjectNode root = NODES.objectNode();
        root.put("consumer", "lookup-service");
        root.put("provider", "registry-service");
        root.put("rules", "a field marked required must be present and not null in every answer; any other field may"
                + " be absent or null, but must have its type when present, and every field must be present with a"
                + " value somewhere in the provider's sample answers (so that a renamed field is caught)");
        var interactions = root.putArray("interactions");
        interactions.add(interaction("change feed page", "/api/v1/changes?after={seq}&limit={n}&waitSeconds={s}",
                "application/json", null, shape(ChangePage.class)));
        // RegistryClient.snapshot reads the export's first line as a tree: format must name the export, seq is needed
        ObjectNode header = NODES.objectNode().put("type", "object");
        header.putObject("fields").<ObjectNode>set("format", NODES.objectNode().put("type", "string")
                .put("required", true).put("value", "sanctions-registry-export"))
                .set("seq", NODES.objectNode().put("type", "integer").put("required", true));
        interactions.add(interaction("snapshot export, first line", "/api/v1/parties/export", "application/x-ndjson",
                "first", header));
        ObjectNode partyLine = NODES.objectNode().put("type", "object");
        partyLine.putObject("fields").set("party", shape(RegistryParty.class));
        interactions.add(interaction("snapshot export, a party line", "/api/v1/parties/export",
                "application/x-ndjson", "party", partyLine));
        return root;
    }

    private static ObjectNode interaction(String name, String path, String accept, String line, ObjectNode body) {
        ObjectNode node = NODES.objectNode().put("name", name).put("request", "GET " + path).put("accept", accept);
        if (line != null) {
            node.put("line", line);
        }
        node.set("body", body);
        return node;
    }

    /** The JSON shape a Java type is read from: records become objects of their components. */
    static ObjectNode shape(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", shape(p.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            ObjectNode object = NODES.objectNode().put("type", "object");
            ObjectNode fields = object.putObject("fields");
            for (RecordComponent component : c.getRecordComponents()) {
                ObjectNode field = shape(component.getGenericType());
                if (component.getType().isPrimitive()) {
                    field.put("required", true);
                }
                fields.set(component.getName(), field);
            }
            return object;
        }
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (c == LocalDate.class) {
            return NODES.objectNode().put("type", "string").put("format", "date");
        }
        if (c == java.util.UUID.class) {
            return NODES.objectNode().put("type", "string").put("format", "uuid");
        }
        if (c == java.time.Instant.class) {
            return NODES.objectNode().put("type", "string").put("format", "date-time");
        }
        if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == boolean.class || c == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        throw new IllegalArgumentException("no JSON shape for " + c + ": extend the contract's types");
    }
}
