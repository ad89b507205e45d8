package org.sanctions.lookup.index;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP server speaking the registry's wire contract (snapshot export and long-poll change feed), with
 * parties and events written by the tests. It can be switched to answer 503 to simulate an outage.
 */
public final class FakeRegistry {

    private static FakeRegistry instance;

    private final HttpServer server;
    private final Map<String, String> parties = new LinkedHashMap<>();
    private final List<String> events = new ArrayList<>();
    private final Map<Integer, Long> eventSeq = new HashMap<>();
    private long seq;
    private volatile boolean down;
    private volatile String lastAuthorization;

    private FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/parties/export", this::export);
        server.createContext("/api/v1/changes", this::changes);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** The one server of this test JVM. */
    public static synchronized FakeRegistry get() {
        if (instance == null) {
            try {
                instance = new FakeRegistry();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the fake registry", e);
            }
        }
        return instance;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Adds a party to the snapshot (before the service starts) without an event. */
    public synchronized void seed(String id, String partyJson) {
        parties.put(id, partyJson);
        seq++;
    }

    /** Records a change: the party after the change, as the feed carries it; returns its sequence number. */
    public synchronized long publish(String action, String id, String partyJson) {
        parties.put(id, partyJson);
        seq++;
        eventSeq.put(events.size(), seq);
        events.add("{\"seq\":" + seq + ",\"time\":\"2026-11-28T10:00:00Z\",\"action\":\"" + action
                + "\",\"entityType\":\"PARTY\",\"entityId\":\"" + id + "\",\"version\":1,\"party\":" + partyJson
                + ",\"program\":null}");
        notifyAll();
        return seq;
    }

    /** Records a change of another entity than a party: {@code fields} are the event's members after version. */
    public synchronized long publishOther(String action, String entityType, String id, String fields) {
        seq++;
        eventSeq.put(events.size(), seq);
        events.add("{\"seq\":" + seq + ",\"time\":\"2026-11-28T10:00:00Z\",\"action\":\"" + action
                + "\",\"entityType\":\"" + entityType + "\",\"entityId\":\"" + id + "\",\"version\":1,"
                + "\"party\":null,\"program\":null," + fields + "}");
        notifyAll();
        return seq;
    }

    public void setDown(boolean value) {
        down = value;
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private void export(HttpExchange exchange) throws IOException {
        if (refuse(exchange)) {
            return;
        }
        StringBuilder body = new StringBuilder();
        synchronized (this) {
            body.append("{\"format\":\"sanctions-registry-export\",\"formatVersion\":1,\"seq\":").append(seq)
                    .append(",\"exportedAt\":\"2026-11-28T10:00:00Z\"}\n");
            parties.values().forEach(p -> body.append("{\"party\":").append(p).append("}\n"));
            exchange.getResponseHeaders().add("X-Snapshot-Seq", String.valueOf(seq));
        }
        send(exchange, "application/x-ndjson", body.toString());
    }

    private void changes(HttpExchange exchange) throws IOException {
        if (refuse(exchange)) {
            return;
        }
        Map<String, String> q = query(exchange.getRequestURI());
        long after = Long.parseLong(q.getOrDefault("after", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        long waitMillis = Long.parseLong(q.getOrDefault("waitSeconds", "0")) * 1000;
        StringBuilder out = new StringBuilder("{\"events\":[");
        long last = after;
        synchronized (this) {
            long deadline = System.currentTimeMillis() + waitMillis;
            while (seq <= after && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int n = 0;
            for (int i = 0; i < events.size() && n < limit; i++) {
                if (eventSeq.get(i) > after) {
                    out.append(n++ > 0 ? "," : "").append(events.get(i));
                    last = eventSeq.get(i);
                }
            }
        }
        out.append("],\"lastSeq\":").append(last).append('}');
        send(exchange, "application/json", out.toString());
    }

    private boolean refuse(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return true;
        }
        return false;
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return out;
    }
}
