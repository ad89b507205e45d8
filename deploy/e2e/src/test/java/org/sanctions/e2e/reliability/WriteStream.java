package org.sanctions.e2e.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sanctions.e2e.reliability.Http.Reply;

/**
 * A steady stream of party creations through the gateway, one at a time, each answer recorded with when it was sent:
 * the evidence for "every acknowledged write survives, every refused one failed cleanly and quickly".
 */
final class WriteStream implements AutoCloseable {

    /** One write: the name sent, when, and what came back. */
    record Write(String name, Instant sent, Reply reply) {

        boolean acknowledged() {
            return reply.status() == 201;
        }

        String partyId() {
            return reply.json().path("id").asText();
        }
    }

    private final Api api;
    private final String editorToken;
    private final String run = Api.uniqueName("Outage");
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    WriteStream(Api api) {
        this.api = api;
        this.editorToken = api.token("editor");
        this.thread = new Thread(this::loop, "reliability-writes");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        for (int i = 1; running; i++) {
            String name = run + " " + i;
            Instant sent = Instant.now();
            writes.add(new Write(name, sent, api.createParty(editorToken, name)));
            Waits.sleep(100);
        }
    }

    /** Acknowledged writes sent after the instant. */
    long acknowledgedSince(Instant since) {
        return writes.stream().filter(w -> w.acknowledged() && !w.sent().isBefore(since)).count();
    }

    List<Write> writes() {
        return new ArrayList<>(writes);
    }

    /** Stops after the write in flight (bounded by the request timeout). */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Api.TIMEOUT.plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
