package org.sanctions.e2e.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.sanctions.e2e.reliability.Multipart.Part;
import org.sanctions.e2e.reliability.OpenApiDocument.Operation;

/**
 * Hostile uploads: for file uploads (multipart, the list imports) traversal and absurd file names, zip bombs, nested
 * and zip-slip archives, hundreds of parts; for streamed job input (CSV, NDJSON) broken encodings, binary data, huge
 * lines and a gzip bomb; for every body a declared length far above the route's limit, sent over a socket.
 */
final class UploadAttacks {

    /** A file name a zip-slip archive entry tries to write outside the server's working folder. */
    static final String ZIP_SLIP_NAME = "e2e-zip-slip-" + ProcessHandle.current().pid() + ".csv";
    private static final long GIB = 1L << 30;

    private byte[] zipBomb;
    private byte[] gzipBomb;

    /** A small body of the operation's kind that is not a valid list or job (garbage, but well-formed transport). */
    byte[] baseBody(Operation op) {
        if (op.bodies().containsKey("multipart/form-data")) {
            return Multipart.body(List.of(Part.field("reason", "hostile input test"),
                    Part.file("list.csv", "text/csv", bytes("not,a,sanctions,list\n1,2,3,4\n"))));
        }
        return bytes("name,ref\nJohn Lee,1\n");
    }

    List<Attack> attacks(Operation op, String target, Map<String, String> headers) {
        return op.bodies().containsKey("multipart/form-data") ? multipart(op, target, headers)
                : streamed(op, target, headers);
    }

    /** Declared lengths above every route limit (2 GB uploads, 32 MB batches, 1 MB JSON): refused before reading. */
    List<Attack> oversized(Operation op, String target, Map<String, String> headers) {
        Map<String, String> h = withoutEtagMarker(headers);
        return List.of(Attack.raw("declared Content-Length 3 GiB", op.method(), target, h, 3 * GIB, 1 << 20),
                Attack.raw("chunked 40 MB of random bytes", op.method(), target, h, -1L, 40L << 20));
    }

    private List<Attack> multipart(Operation op, String target, Map<String, String> headers) {
        List<Attack> out = new ArrayList<>();
        byte[] garbage = bytes("not,a,sanctions,list\n1,2,3,4\n");
        for (String name : List.of("../../../../../../tmp/e2e-traversal.csv", "/etc/passwd", "..\\..\\..\\evil.csv",
                "evil\u0000.csv", "%2e%2e%2f%2e%2e%2fevil.csv", "<script>alert(1)</script>.csv",
                "a".repeat(5000) + ".csv", "", " ", ".", "..")) {
            out.add(upload(op, target, headers, "file name " + AttackPlan.abbreviate(name),
                    List.of(reason(), Part.file(name, "text/csv", garbage))));
        }
        out.add(upload(op, target, headers, "zip bomb (1 GiB of zeros as sdn.csv)",
                List.of(reason(), Part.file("sdn.zip", "application/zip", zipBomb()))));
        out.add(upload(op, target, headers, "nested zips of zip bombs",
                List.of(reason(), Part.file("nested.zip", "application/zip", HostileValues.nestedZip(zipBomb())))));
        out.add(upload(op, target, headers, "zip-slip entry name",
                List.of(reason(), Part.file("slip.zip", "application/zip",
                        HostileValues.zipBomb("../../../../../../tmp/" + ZIP_SLIP_NAME, 1024)))));
        out.add(upload(op, target, headers, "gzip bomb as sdn.csv.gz",
                List.of(reason(), Part.file("sdn.csv.gz", "application/gzip", gzipBomb()))));
        List<Part> many = new ArrayList<>(List.of(reason()));
        for (int i = 0; i < 500; i++) {
            many.add(Part.file("part-" + i + ".csv", "text/csv", garbage));
        }
        out.add(upload(op, target, headers, "500 file parts", many));
        out.add(upload(op, target, headers, "reason of 1 MB",
                List.of(Part.field("reason", HostileValues.huge(1 << 20)), Part.file("l.csv", "text/csv", garbage))));
        out.add(upload(op, target, headers, "no file", List.of(reason())));
        out.add(upload(op, target, headers, "hostile format",
                List.of(reason(), Part.field("format", "' OR '1'='1"), Part.file("l.csv", "text/csv", garbage))));
        out.add(upload(op, target, headers, "hostile list date",
                List.of(reason(), Part.field("listDate", "2025-13-45"), Part.file("l.csv", "text/csv", garbage))));
        byte[] truncated = Multipart.body(List.of(reason(), Part.file("l.csv", "text/csv", garbage)));
        out.add(Attack.of("truncated multipart", op.method(), target, headers,
                java.util.Arrays.copyOf(truncated, truncated.length / 2)));
        Map<String, String> noBoundary = new HashMap<>(headers);
        noBoundary.put("Content-Type", "multipart/form-data");
        out.add(Attack.of("multipart without boundary", op.method(), target, noBoundary, truncated));
        return out;
    }

    private List<Attack> streamed(Operation op, String target, Map<String, String> headers) {
        List<Attack> out = new ArrayList<>();
        byte[] random = new byte[1 << 20];
        ThreadLocalRandom.current().nextBytes(random);
        Map<String, byte[]> csv = new java.util.LinkedHashMap<>();
        csv.put("empty", new byte[0]);
        csv.put("header only", bytes("name,ref\n"));
        csv.put("no header", bytes("John Lee,1\n"));
        csv.put("invalid UTF-8", concat(bytes("name,ref\nJo"), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes(",1\n")));
        csv.put("NUL bytes", bytes("name,ref\nJohn\u0000Lee,1\n"));
        csv.put("100,000-character name", bytes("name,ref\n" + HostileValues.huge(100_000) + ",1\n"));
        csv.put("5,000 columns", bytes("name," + "c,".repeat(5000) + "ref\nJohn Lee," + "x,".repeat(5000) + "1\n"));
        csv.put("unbalanced quote", bytes("name,ref\n\"John Lee,1\n"));
        csv.put("formula injection", bytes("name,ref\n=cmd|' /C calc'!A0,1\n@SUM(1+1),2\n"));
        csv.put("SQL and script", bytes("name,ref\n' OR '1'='1,1\n<script>alert(1)</script>,2\n"));
        csv.put("1 MB of random bytes", random);
        csv.put("line of 2 MB without newline", bytes("name,ref\n" + "B".repeat(2 << 20)));
        for (Map.Entry<String, byte[]> e : csv.entrySet()) {
            out.add(Attack.of("CSV " + e.getKey(), op.method(), target, with(headers, "Content-Type", "text/csv"),
                    e.getValue()));
        }
        Map<String, byte[]> ndjson = new java.util.LinkedHashMap<>();
        ndjson.put("broken line", bytes("{\"name\":\"John Lee\"}\n{\"name\":\n"));
        ndjson.put("wrong types", bytes("{\"name\":12}\n{\"name\":[]}\n{\"name\":null}\n"));
        ndjson.put("deep nesting", bytes("{\"name\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}\n"));
        ndjson.put("unknown kind and bad date", bytes("{\"name\":\"x\",\"kind\":\"DRAGON\",\"birthDate\":\"2025-13-45\"}\n"));
        ndjson.put("lone surrogate", bytes("{\"name\":\"\\uD800\"}\n"));
        for (Map.Entry<String, byte[]> e : ndjson.entrySet()) {
            out.add(Attack.of("NDJSON " + e.getKey(), op.method(), target,
                    with(headers, "Content-Type", "application/x-ndjson"), e.getValue()));
        }
        Map<String, String> gzip = with(headers, "Content-Type", "text/csv");
        gzip.put("Content-Encoding", "gzip");
        out.add(Attack.of("gzip bomb (1 GiB of zeros) as Content-Encoding", op.method(), target, gzip, gzipBomb()));
        out.add(Attack.of("zip bomb as application/zip", op.method(), target,
                with(headers, "Content-Type", "application/zip"), zipBomb()));
        return out;
    }

    private static Attack upload(Operation op, String target, Map<String, String> headers, String label,
            List<Part> parts) {
        return Attack.of(label, op.method(), target, headers, Multipart.body(parts));
    }

    private static Part reason() {
        return Part.field("reason", "hostile input test");
    }

    private byte[] zipBomb() {
        if (zipBomb == null) {
            zipBomb = HostileValues.zipBomb("sdn.csv", GIB);
        }
        return zipBomb;
    }

    private byte[] gzipBomb() {
        if (gzipBomb == null) {
            gzipBomb = HostileValues.gzipBomb(GIB);
        }
        return gzipBomb;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> h = new HashMap<>(headers);
        h.put(name, value);
        return h;
    }

    private static Map<String, String> withoutEtagMarker(Map<String, String> headers) {
        Map<String, String> h = new HashMap<>(headers);
        h.replaceAll((k, v) -> Attack.CURRENT_ETAG.equals(v) ? "\"1\"" : v);
        return h;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
