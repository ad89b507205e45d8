package org.sanctions.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * The caller's request body as it streams to the service, counted on the way: past the limit it stops and fails
 * the transfer (the proxy then answers 413); at its end it tells whoever waits for the whole request to be sent.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final HttpServerRequest source;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;
    private Runnable onEnd = () -> {
    };

    LimitedBody(HttpServerRequest source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    /** Whether the body grew past the limit. */
    boolean exceeded() {
        return exceeded;
    }

    /** Runs once the caller has sent the whole body (right away if it already has). */
    void onEnd(Runnable action) {
        this.onEnd = action;
        if (source.isEnded()) {
            action.run();
        }
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("request body larger than " + limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : done -> {
            onEnd.run();
            handler.handle(done);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }
}
