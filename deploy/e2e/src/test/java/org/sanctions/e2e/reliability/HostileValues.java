package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hostile values the generator sends: injection strings, broken encodings, boundary numbers, bombs. */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings an attacker types into any text field (SQL, script, template, JNDI, traversal, control characters). */
    static final List<String> STRINGS = List.of(
            "' OR '1'='1' --",
            "1; DROP TABLE registry.party; --",
            "Robert'); DELETE FROM registry.audit_event; --",
            "<script>alert(document.cookie)</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1389/a}",
            "{{7*7}}${7*7}<%= 7*7 %>#{7*7}",
            "../../../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "NUL\u0000byte",
            "\u202Eevil\u202C right-to-left override",
            "=cmd|' /C calc'!A0",
            "line\r\nX-Injected: header",
            " ",
            "");

    /** Invalid UTF-8 byte sequences put where a JSON string's content goes. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, (byte) 0x28},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF});

    /** Valid JSON escapes of invalid Unicode: lone surrogates. */
    static final List<String> BAD_ESCAPES = List.of("\\uD800", "\\uDFFF x", "x \\uDBFF");

    /** Query and path parameter values, already percent-encoded where they need it (some deliberately invalid). */
    static final List<String> RAW_PARAMETER_VALUES = List.of(
            "", "-1", "0", "99999999999999999999", "1e309", "NaN", "true", "%27%20OR%20%271%27%3D%271",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "%FF%FE", "%C3%28",
            "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%2Fa%7D", "2025-13-45", "9999-12-31T23:59:59Z",
            "00000000-0000-0000-0000-000000000000");

    private HostileValues() {
    }

    /** A string of the given length in characters. */
    static String huge(int length) {
        return "A".repeat(length);
    }

    /** Values of the wrong JSON type for a node (and null, which is wrong for every required field). */
    static List<JsonNode> wrongTypes(JsonNode node) {
        if (node.isTextual()) {
            return List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                    NODES.nullNode());
        }
        if (node.isNumber()) {
            return List.of(NODES.textNode("not-a-number"), NODES.numberNode(-1),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), NODES.nullNode());
        }
        if (node.isBoolean()) {
            return List.of(NODES.textNode("yes"), NODES.numberNode(1), NODES.nullNode());
        }
        if (node.isArray()) {
            return List.of(NODES.textNode("not-a-list"), NODES.objectNode(), NODES.arrayNode().addNull(),
                    NODES.nullNode());
        }
        if (node.isObject()) {
            return List.of(NODES.textNode("not-an-object"), NODES.arrayNode(), NODES.numberNode(7), NODES.nullNode());
        }
        return List.of(NODES.textNode("was-null"), NODES.objectNode());
    }

    /** Whole bodies that are broken JSON, the wrong JSON at the top, or built to exhaust a parser. */
    static List<byte[]> brokenJsonBodies() {
        return List.of(bytes(""), bytes("{"), bytes("["), bytes("{\"a\":"), bytes("{\"a\" 1}"), bytes("null"),
                bytes("true"), bytes("\"text\""), bytes("12"), bytes("[]"), bytes("[{}]"), bytes("{\"x\":1,\"x\":2}"),
                bytes("{'single':'quotes'}"), bytes("{\"a\":1}garbage"), bytes("\u0000\u0000"),
                bytes("[".repeat(100_000) + "]".repeat(100_000)),
                bytes("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)),
                bytes("{\"n\":" + "9".repeat(200_000) + "}"),
                manyKeys(40_000));
    }

    /** A document that is large enough to be refused (above the 1 MB JSON limit). */
    static byte[] oversizedJson() {
        return bytes("{\"remarks\":\"" + huge(2 * 1024 * 1024) + "\"}");
    }

    /** XML with nested entities ("billion laughs"), sent to JSON endpoints as application/xml. */
    static byte[] xmlBomb() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return bytes(xml.append("]><l>&l9;</l>").toString());
    }

    /** A gzip stream that inflates to {@code size} zero bytes. */
    static byte[] gzipBomb(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            writeZeros(gzip, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip archive whose one entry inflates to {@code size} zero bytes, under the given entry name. */
    static byte[] zipBomb(String entryName, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            writeZeros(zip, size);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip holding ten copies of another zip: nested archives. */
    static byte[] nestedZip(byte[] inner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 10; i++) {
                zip.putNextEntry(new ZipEntry("layer-" + i + ".zip"));
                zip.write(inner);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manyKeys(int n) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return bytes(json.append('}').toString());
    }

    private static void writeZeros(java.io.OutputStream out, long size) throws IOException {
        byte[] zeros = new byte[1 << 16];
        for (long written = 0; written < size; written += zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
        }
    }
}
