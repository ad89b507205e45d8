package org.sanctions.registry.audit.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Field-level differences between two JSON documents, as a list of {@code {op, path, old, new}} with JSON Pointer
 * paths ({@code /names/1/fullName}); op is add, remove or replace. Arrays are compared position by position.
 */
public final class JsonDiff {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonDiff() {
    }

    /** The differences, leaving out the top-level members named in {@code ignored} (bookkeeping such as version). */
    public static ArrayNode of(JsonNode before, JsonNode after, Set<String> ignored) {
        ArrayNode out = NODES.arrayNode();
        if (before == null || before.isNull()) {
            for (Iterator<String> it = after.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!ignored.contains(name) && !isEmpty(after.get(name))) {
                    out.add(change("add", "/" + escape(name), null, after.get(name)));
                }
            }
            return out;
        }
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!ignored.contains(name)) {
                compare("/" + escape(name), before.get(name), after.get(name), out);
            }
        }
        return out;
    }

    private static void compare(String path, JsonNode a, JsonNode b, ArrayNode out) {
        boolean aMissing = a == null || a.isNull();
        boolean bMissing = b == null || b.isNull();
        if (aMissing && bMissing || a != null && a.equals(b)) {
            return;
        }
        if (aMissing || bMissing) {
            out.add(change(aMissing ? "add" : "remove", path, a, b));
        } else if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(path + "/" + escape(name), a.get(name), b.get(name), out));
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "/" + i, a.get(i), b.get(i), out);
            }
        } else {
            out.add(change("replace", path, a, b));
        }
    }

    private static ObjectNode change(String op, String path, JsonNode old, JsonNode now) {
        ObjectNode change = NODES.objectNode().put("op", op).put("path", path);
        change.set("old", old == null ? NODES.nullNode() : old);
        change.set("new", now == null ? NODES.nullNode() : now);
        return change;
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
