package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sanctions.e2e.reliability.OpenApiDocument.Operation;
import org.sanctions.e2e.reliability.OpenApiDocument.Param;

/**
 * Every hostile request for one operation: each path and query parameter set to each hostile value; hostile header
 * values; for JSON bodies broken documents, parser-exhausting nesting, an oversized document, the wrong content type,
 * and every field of the documented example set to each wrong type, a huge string, injection strings, invalid UTF-8
 * and lone surrogates; for uploads broken and binary content, compression bombs; for every body a declared length
 * far above the limit. Field attacks rotate through the injection strings so that each field meets several of them.
 */
final class AttackPlan {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "@@HOSTILE@@";
    private static final int STRINGS_PER_FIELD = 4;
    private static final String REASON = "hostile%20input%20test";
    private final Fixtures fixtures;
    private final UploadAttacks uploads = new UploadAttacks();

    AttackPlan(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** The operation called as documented, with the given JSON body (or the base upload): a base candidate. */
    Attack baseline(Operation op, JsonNode body) {
        return Attack.of("base request", op.method(), target(op, Map.of()), baseHeaders(op),
                op.jsonBody() ? Http.json(body) : op.hasBody() ? uploads.baseBody(op) : null);
    }

    /** The attacks on an operation whose JSON fields are attacked in the given base body. */
    List<Attack> attacks(Operation op, JsonNode base) {
        List<Attack> out = new ArrayList<>();
        Map<String, String> headers = baseHeaders(op);
        byte[] body = op.jsonBody() ? Http.json(base) : op.hasBody() ? uploads.baseBody(op) : null;
        String target = target(op, Map.of());
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                for (String value : parameterValues()) {
                    out.add(Attack.of("path " + p.name() + "=" + abbreviate(value), op.method(),
                            target(op, Map.of(p.name(), value)), headers, body));
                }
            } else if (p.in().equals("query")) {
                for (String value : parameterValues()) {
                    out.add(Attack.of("query " + p.name() + "=" + abbreviate(value), op.method(),
                            target + separator(target) + p.name() + "=" + value, headers, body));
                }
                out.add(Attack.of("query " + p.name() + " repeated 200 times", op.method(),
                        target + separator(target) + (p.name() + "=1&").repeat(200), headers, body));
            } else if (p.in().equals("header")) {
                headerValues(op, p.name(), target, headers, body, out);
            }
        }
        out.add(Attack.of("request line of 10,000 characters", op.method(),
                target + separator(target) + "padding=" + HostileValues.huge(10_000), headers, body));
        commonHeaderAttacks(op, target, headers, body, out);
        if (op.jsonBody()) {
            jsonAttacks(op, target, headers, base, out);
        } else if (op.hasBody()) {
            out.addAll(uploads.attacks(op, target, headers));
        }
        if (op.hasBody()) {
            out.addAll(uploads.oversized(op, target, headers));
        }
        return out;
    }

    /** Accept anything (so a refusal is judged, not content negotiation), the body's type, reason and If-Match. */
    private static Map<String, String> baseHeaders(Operation op) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "*/*"));
        if (op.hasBody()) {
            headers.put("Content-Type", op.jsonBody() ? op.jsonType()
                    : op.bodies().containsKey("multipart/form-data") ? Multipart.contentType()
                    : op.bodies().keySet().iterator().next());
        }
        for (Param p : op.params()) {
            if (p.in().equals("header") && p.name().equalsIgnoreCase("X-Change-Reason")) {
                headers.put(p.name(), REASON);
            } else if (p.in().equals("header") && p.name().equalsIgnoreCase("If-Match") && p.required()) {
                headers.put(p.name(), Attack.CURRENT_ETAG);
            } else if (p.in().equals("header") && p.required()) {
                headers.put(p.name(), "x");
            }
        }
        return headers;
    }

    /** The path with fixture values (or the given raw values) and the required query parameters. */
    private String target(Operation op, Map<String, String> rawValues) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                String value = rawValues.getOrDefault(p.name(), fixtures.pathValue(op.path(), p.name()));
                path = path.replace("{" + p.name() + "}", value);
            } else if (p.in().equals("query") && p.required()) {
                JsonNode example = Examples.build(op.document(), p.schema(), 0);
                query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=')
                        .append(java.net.URLEncoder.encode(example.asText("x"), StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }

    private static List<String> parameterValues() {
        List<String> values = new ArrayList<>(HostileValues.RAW_PARAMETER_VALUES);
        values.add(HostileValues.huge(3000));
        return values;
    }

    private static void headerValues(Operation op, String name, String target, Map<String, String> headers,
            byte[] body, List<Attack> out) {
        List<String> values = new ArrayList<>(List.of("", "\"abc\"", "*", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"",
                "%FF%FE", "%00", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "' OR '1'='1", "Z\u00fcrich",
                HostileValues.huge(8000)));
        for (String value : values) {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            out.add(Attack.of("header " + name + "=" + abbreviate(value), op.method(), target, h, body));
        }
    }

    private static void commonHeaderAttacks(Operation op, String target, Map<String, String> headers, byte[] body,
            List<Attack> out) {
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put("X-Request-Id", HostileValues.huge(10_000));
        variants.put("X-Forwarded-For", "127.0.0.1, ' OR 1=1 --");
        if (op.hasBody()) {
            variants.put("Content-Type", "text/plain");
            variants.put("Content-Encoding", "gzip");
        }
        variants.forEach((name, value) -> {
            Map<String, String> h = new HashMap<>(headers);
            h.put(name, value);
            out.add(Attack.of("header " + name + "=" + abbreviate(value), op.method(), target, h, body));
        });
        Map<String, String> plain = new HashMap<>(headers);
        plain.put("X-Request-Id", "<script>alert(1)</script>");
        out.add(Attack.of("header X-Request-Id=<script>", op.method(), target, plain, body));
    }

    private void jsonAttacks(Operation op, String target, Map<String, String> headers, JsonNode base,
            List<Attack> out) {
        for (byte[] broken : HostileValues.brokenJsonBodies()) {
            out.add(Attack.of("body " + abbreviate(new String(broken, StandardCharsets.UTF_8)), op.method(), target,
                    headers, broken));
        }
        out.add(Attack.of("body over the size limit", op.method(), target, headers, HostileValues.oversizedJson()));
        Map<String, String> xml = new HashMap<>(headers);
        xml.put("Content-Type", "application/xml");
        out.add(Attack.of("body XML entity bomb", op.method(), target, xml, HostileValues.xmlBomb()));
        List<String> pointers = new ArrayList<>();
        collect(base, "", pointers);
        for (int i = 0; i < pointers.size(); i++) {
            fieldAttacks(op, target, headers, base, pointers.get(i), i, out);
        }
    }

    private static void fieldAttacks(Operation op, String target, Map<String, String> headers, JsonNode base,
            String pointer, int index, List<Attack> out) {
        JsonNode original = base.at(pointer);
        for (JsonNode wrong : HostileValues.wrongTypes(original)) {
            out.add(field(op, target, headers, base, pointer, wrong, "wrong type " + abbreviate(wrong.toString())));
        }
        if (original.isArray() && original.size() > 0) {
            ArrayNode many = NODES.arrayNode();
            for (int k = 0; k < 5000; k++) {
                many.add(original.get(0));
            }
            out.add(field(op, target, headers, base, pointer, many, "5000 elements"));
        }
        if (!original.isTextual()) {
            return;
        }
        out.add(field(op, target, headers, base, pointer, NODES.textNode(HostileValues.huge(100_000)),
                "100,000 characters"));
        List<String> strings = HostileValues.STRINGS;
        for (int k = 0; k < STRINGS_PER_FIELD; k++) {
            String s = strings.get((index * STRINGS_PER_FIELD + k) % strings.size());
            out.add(field(op, target, headers, base, pointer, NODES.textNode(s), abbreviate(s)));
        }
        byte[] invalid = HostileValues.INVALID_UTF8.get(index % HostileValues.INVALID_UTF8.size());
        out.add(Attack.of("field " + pointer + " invalid UTF-8", op.method(), target, headers,
                marked(base, pointer, invalid)));
        String escape = HostileValues.BAD_ESCAPES.get(index % HostileValues.BAD_ESCAPES.size());
        out.add(Attack.of("field " + pointer + " lone surrogate " + escape, op.method(), target, headers,
                marked(base, pointer, escape.getBytes(StandardCharsets.US_ASCII))));
    }

    private static Attack field(Operation op, String target, Map<String, String> headers, JsonNode base,
            String pointer, JsonNode value, String what) {
        return Attack.field("field " + pointer + " " + what, op.method(), target, headers,
                Http.json(replaced(base, pointer, value)), pointer, value);
    }

    /** The base document with the node at the pointer replaced. */
    static JsonNode replaced(JsonNode base, String pointer, JsonNode value) {
        JsonNode copy = base.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return copy;
    }

    /** The base document as bytes with the string at the pointer replaced by raw bytes (inside its quotes). */
    private static byte[] marked(JsonNode base, String pointer, byte[] raw) {
        byte[] json = Http.json(replaced(base, pointer, NODES.textNode(MARK)));
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** JSON pointers of every node below the root, containers and leaves. */
    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                collect(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static String separator(String target) {
        return target.contains("?") ? "&" : "?";
    }

    static String abbreviate(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "...(" + value.length() + " chars)" : oneLine;
    }
}
