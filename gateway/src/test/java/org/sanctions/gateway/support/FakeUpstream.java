package org.sanctions.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for a service behind the gateway (a real HTTP server on a free loopback port). It answers every
 * request 200 with a JSON echo of what reached it (method, path, query, headers, body size and SHA-256), and
 * follows instructions in the query: {@code fakeDelayMs} waits before answering, {@code fakeBytes} streams that
 * many pattern bytes instead, {@code fakeHold} waits for a release before answering (or, with fakeBytes, after the
 * first chunk), {@code fakeLocation} answers 201 with Location, Content-Location and Link headers naming that path
 * under the fake's own internal address ({@code http://localhost:<port>}). Under {@code /__fake/} it reports what it saw: bytes received so far and requests per request id.
 */
public final class FakeUpstream implements AutoCloseable {

    /** Size of each streamed chunk. */
    public static final int CHUNK = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String openApi;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicLong> bytesReceived = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> requestsSeen = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

    private FakeUpstream(String name, String openApi) throws IOException {
        this.name = name;
        this.openApi = openApi;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a fake service called {@code name} that serves {@code openApi} (may be null) at /q/openapi. */
    public static FakeUpstream start(String name, String openApi) {
        try {
            return new FakeUpstream(name, openApi);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start fake upstream " + name, e);
        }
    }

    /** Base URL, e.g. http://127.0.0.1:40123. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The byte at position {@code i} of every streamed answer, so that the receiver can check what it got. */
    public static byte patternByte(long i) {
        return (byte) (i % 251);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (path.startsWith("/__fake/")) {
                control(exchange, path, query);
            } else if (path.equals("/q/openapi") && openApi != null) {
                send(exchange, 200, openApi);
            } else {
                serve(exchange, path, query);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange, String path, Map<String, String> query)
            throws IOException, InterruptedException {
        String requestId = String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id"));
        requestsSeen.computeIfAbsent(requestId, id -> new AtomicLong()).incrementAndGet();
        AtomicLong received = bytesReceived.computeIfAbsent(requestId, id -> new AtomicLong());
        MessageDigest sha = sha256();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[CHUNK];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                received.addAndGet(n);
            }
        }
        if (query.containsKey("fakeDelayMs")) {
            Thread.sleep(Long.parseLong(query.get("fakeDelayMs")));
        }
        if (query.containsKey("fakeBytes")) {
            stream(exchange, Long.parseLong(query.get("fakeBytes")), query.get("fakeHold"));
            return;
        }
        if (query.containsKey("fakeHold")) {
            awaitRelease(query.get("fakeHold"));
        }
        ObjectNode echo = JSON.createObjectNode().put("upstream", name).put("method", exchange.getRequestMethod())
                .put("path", path).put("query", exchange.getRequestURI().getRawQuery())
                .put("bodyBytes", received.get()).put("bodySha256", HexFormat.of().formatHex(sha.digest()));
        ObjectNode headers = echo.putObject("headers");
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), values.get(0)));
        String location = query.get("fakeLocation");
        if (location != null) {
            String internal = "http://localhost:" + server.getAddress().getPort() + location;
            exchange.getResponseHeaders().set("Location", internal);
            exchange.getResponseHeaders().set("Content-Location", internal);
            exchange.getResponseHeaders().set("Link", "<" + internal + ">; rel=\"self\"");
        }
        send(exchange, location == null ? 200 : 201, JSON.writeValueAsString(echo));
    }

    private void stream(HttpExchange exchange, long total, String hold) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[CHUNK];
        for (long sent = 0; sent < total; ) {
            int n = (int) Math.min(CHUNK, total - sent);
            for (int i = 0; i < n; i++) {
                chunk[i] = patternByte(sent + i);
            }
            out.write(chunk, 0, n);
            out.flush();
            if (sent == 0 && hold != null) {
                awaitRelease(hold);
            }
            sent += n;
        }
        out.close();
    }

    private void control(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        switch (path) {
            case "/__fake/received" -> send(exchange, 200, value(bytesReceived, query.get("id")));
            case "/__fake/seen" -> send(exchange, 200, value(requestsSeen, query.get("id")));
            case "/__fake/release" -> {
                holds.computeIfAbsent(query.get("key"), k -> new CountDownLatch(1)).countDown();
                send(exchange, 200, "released");
            }
            default -> send(exchange, 404, "unknown control " + path);
        }
    }

    private void awaitRelease(String key) throws InterruptedException {
        holds.computeIfAbsent(key, k -> new CountDownLatch(1)).await(60, TimeUnit.SECONDS);
    }

    private static String value(Map<String, AtomicLong> counters, String id) {
        AtomicLong counter = counters.get(id);
        return Long.toString(counter == null ? 0 : counter.get());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        threads.shutdownNow();
    }
}
