package org.sanctions.registry.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A list publisher on loopback for the tests: serves the bytes it was last given at {@code /SDN.CSV} with an ETag
 * (answering 304 to a matching If-None-Match), or answers 500, or hangs until closed.
 */
final class ListServer implements AutoCloseable {

    enum Mode { SERVE, SERVE_WITHOUT_ETAG, FAIL, HANG }

    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile byte[] body = new byte[0];
    private volatile Mode mode = Mode.SERVE;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();

    ListServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/SDN.CSV";
    }

    void publish(byte[] bytes, Mode how) {
        body = bytes;
        mode = how;
    }

    void mode(Mode how) {
        mode = how;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            switch (mode) {
                case FAIL -> exchange.sendResponseHeaders(500, -1);
                case HANG -> {
                    closing.await(30, TimeUnit.SECONDS);
                    exchange.sendResponseHeaders(503, -1);
                }
                default -> serve(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] bytes = body;
        String etag = "\"" + sha256(bytes) + "\"";
        if (mode == Mode.SERVE && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (mode == Mode.SERVE) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.getResponseHeaders().add("Content-Type", "text/csv");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
