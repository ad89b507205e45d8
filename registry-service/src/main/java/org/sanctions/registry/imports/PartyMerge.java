package org.sanctions.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyValues;
import org.sanctions.registry.party.ValueProvenance.Assertion;
import org.sanctions.registry.party.ValueProvenance.Claims;

/**
 * What an import makes of a party that already exists: the list's entry replaces only what the same list asserted
 * before. A value of the party stays when the entry states it, when the list never asserted it (a person or another
 * list did, or it predates provenance), or when someone else asserts it too; in that last case the list dropped a
 * value that stays, and the merge says so ({@link Retained}). A scalar (kind, gender, remarks) that a person or
 * another list set is kept over the list's; the list's primary name is the primary name.
 */
final class PartyMerge {

    /** A value the list no longer states that stays because others assert it. */
    record Retained(String field, JsonNode value, List<String> assertedBy) {
    }

    record Result(PartyInput document, List<Retained> retained) {
    }

    private PartyMerge() {
    }

    static Result of(ObjectMapper json, PartyDto current, PartyInput entry, Claims claims, String list) {
        ObjectNode now = json.valueToTree(entry);
        Map<String, Map<String, JsonNode>> had = PartyValues.of(json, current);
        Map<String, Map<String, JsonNode>> stated = PartyValues.of(json, entry);
        List<Retained> retained = new ArrayList<>();
        for (String field : PartyValues.LIST_FIELDS) {
            ArrayNode merged = json.createArrayNode();
            Map<String, JsonNode> states = stated.get(field);
            had.get(field).forEach((key, value) -> {
                if (states.containsKey(key)) {
                    merged.add(states.get(key)); // as the list states it now (a name's type included)
                } else if (!claims.byList(field, key, list)) {
                    merged.add(value);
                } else if (!claims.others(field, key, list).isEmpty()) {
                    merged.add(value);
                    retained.add(new Retained(field, value, who(claims.others(field, key, list))));
                }
            });
            states.forEach((key, value) -> {
                if (!had.get(field).containsKey(key)) {
                    merged.add(value);
                }
            });
            now.set(field, merged);
        }
        for (String field : PartyValues.SCALAR_FIELDS) {
            Map<String, JsonNode> was = had.get(field);
            if (was.isEmpty()) {
                continue; // the party had none: the list's value (or none)
            }
            String key = was.keySet().iterator().next();
            JsonNode value = was.get(key);
            boolean othersAssertIt = !claims.others(field, key, list).isEmpty();
            if (!stated.get(field).containsKey(key) && othersAssertIt) {
                now.set(field, value);
                retained.add(new Retained(field, value, who(claims.others(field, key, list))));
            }
        }
        onePrimary(json, now, entry);
        try {
            return new Result(json.treeToValue(now, PartyInput.class), retained);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a merged party document does not fit PartyInput", e);
        }
    }

    /** Names kept beside the entry's keep their text but not a second PRIMARY: the list's primary name leads. */
    private static void onePrimary(ObjectMapper json, ObjectNode doc, PartyInput entry) {
        JsonNode names = doc.get("names");
        String primary = entry.names().stream().filter(n -> n.type() != null && "PRIMARY".equals(n.type().name()))
                .findFirst().map(n -> PartyValues.key(json, "names", json.valueToTree(n))).orElse(null);
        if (primary == null) {
            return;
        }
        for (JsonNode name : names) {
            if ("PRIMARY".equals(name.path("type").asText()) && !PartyValues.key(json, "names", name).equals(primary)) {
                ((ObjectNode) name).put("type", "AKA");
            }
        }
    }

    private static List<String> who(List<Assertion> assertions) {
        return assertions.stream().map(a -> "PERSON".equals(a.kind())
                ? "person " + (a.username() != null ? a.username() : a.asserter()) : "list " + a.asserter()).toList();
    }
}
