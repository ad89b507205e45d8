package org.sanctions.lookup.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on loopback that verifies each delivery's Standard Webhooks signature itself (with its own
 * HMAC, not the service's code) and answers by a script: fail, time out, then recover.
 */
final class WebhookReceiver implements AutoCloseable {

    /** What the receiver does with the n-th request. */
    enum Answer { FAIL, HANG, OK }

    /** One received request. */
    record Received(String id, String timestamp, String signature, String body, boolean signatureValid,
            Answer answer) {
    }

    private final HttpServer server;
    private final List<Answer> script;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;

    WebhookReceiver(List<Answer> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void trust(String endpointSecret) {
        this.secret = endpointSecret;
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        int n = calls.getAndIncrement();
        Answer answer = n < script.size() ? script.get(n) : Answer.OK;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
        received.add(new Received(id, ts, sig, body, valid(id, ts, body, sig), answer));
        if (answer == Answer.HANG) {
            try {
                Thread.sleep(2500); // longer than the sender's timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(answer == Answer.FAIL ? 500 : 204, -1);
        exchange.close();
    }

    private boolean valid(String id, String ts, String body, String signature) {
        if (secret == null || id == null || ts == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
            return List.of(signature.split(" ")).contains(expected);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
