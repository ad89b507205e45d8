package org.sanctions.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver of webhook deliveries on loopback (JDK HttpServer, path {@code /hooks}) that verifies each
 * delivery's Standard Webhooks signature itself (its own HMAC-SHA256 of id.timestamp.body with the endpoint's
 * {@code whsec_} secret, not the service's code) and answers the n-th request by a script (fail, time out, then
 * recover); after the script, with the answer set by {@link #answerFromNowOn} (OK at first).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** What the receiver does with a request. */
    public enum Answer {
        /** 500. */
        FAIL(500),
        /** 503, as a receiver that is down for maintenance. */
        UNAVAILABLE(503),
        /** Waits 2.5 s (longer than a sender timeout of up to 2 s), then 204. */
        HANG(204),
        /** 204. */
        OK(204);

        private final int status;

        Answer(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One received request, with the receiver's verdict on its signature and what it answered. */
    public record Received(String id, String timestamp, String signature, String body, boolean signatureValid,
            Answer answer) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Answer> script;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer afterScript = Answer.OK;
    private volatile String secret;

    /** Starts listening on 127.0.0.1 at a free port; answers by the script, then OK. */
    public WebhookReceiver(List<Answer> script) throws IOException {
        this.script = List.copyOf(script);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The URL to register as the endpoint, e.g. http://127.0.0.1:40123/hooks. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The endpoint's secret ({@code whsec_<base64>}, from the registration's answer) to check signatures with. */
    public void trust(String endpointSecret) {
        this.secret = endpointSecret;
    }

    /** How every request after the script is answered, from now on. */
    public void answerFromNowOn(Answer answer) {
        this.afterScript = answer;
    }

    /** Every request received so far, in order of arrival. */
    public List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        int n = calls.getAndIncrement();
        Answer answer = n < script.size() ? script.get(n) : afterScript;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
        received.add(new Received(id, ts, sig, body, valid(id, ts, body, sig), answer));
        if (answer == Answer.HANG) {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(answer.status(), -1);
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
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
