package org.sanctions.lookup.monitoring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;

/**
 * Sends the outbox: every due delivery is POSTed with the Standard Webhooks headers; a failure (non-2xx, refused,
 * timed out) is retried with exponential backoff and jitter until the give-up age. The outbox lives in PostgreSQL,
 * so pending deliveries survive a restart; delivery is at least once and receivers deduplicate on webhook-id. The
 * rounds are a Quarkus scheduler job (never two at once), scheduled on StartupEvent and removed on ShutdownEvent.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 100;
    private static final String JOB = "webhook-sender";

    private final WebhookStore store;
    private final LookupConfig.Monitoring config;
    private final HttpClient http;
    private final Scheduler scheduler;

    WebhookSender(WebhookStore store, LookupConfig config, Scheduler scheduler) {
        this.store = store;
        this.scheduler = scheduler;
        this.config = config.monitoring();
        this.http = HttpClient.newBuilder().connectTimeout(this.config.webhookTimeout()).build();
    }

    void start(@Observes StartupEvent event) {
        String every = config.webhookPollInterval().toString();
        scheduler.newJob(JOB).setInterval(every).setDelayed(every)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> sendDue()).schedule();
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.unscheduleJob(JOB);
    }

    void sendDue() {
        try {
            for (WebhookStore.Delivery d : store.due(BATCH)) {
                store.endpointOf(d).ifPresent(endpoint -> send(endpoint, d));
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery round failed: %s", e.getMessage());
        }
    }

    private void send(WebhookStore.Endpoint endpoint, WebhookStore.Delivery d) {
        long timestamp = Instant.now().getEpochSecond();
        String id = "msg_" + d.id();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(config.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(endpoint.secret(), id, timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                store.delivered(d.id(), response.statusCode());
            } else {
                retryLater(d, response.statusCode(), "the receiver answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            retryLater(d, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void retryLater(WebhookStore.Delivery d, Integer status, String error) {
        Instant next = nextAttempt(d.attempts() + 1, Instant.now());
        if (next.isAfter(d.createdAt().plus(config.webhookGiveUpAfter()))) {
            next = null; // given up: FAILED, still in the delivery log and replayable
        }
        store.failed(d.id(), status, error.length() > 500 ? error.substring(0, 500) : error, next);
    }

    /** First retry after the configured delay, doubling to the cap, each with +-20% jitter. */
    Instant nextAttempt(int attempts, Instant now) {
        long first = config.webhookFirstRetry().toMillis();
        long cap = config.webhookMaxRetry().toMillis();
        double base = Math.min(cap, first * Math.pow(2, Math.min(30, attempts - 1)));
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return now.plus(Duration.ofMillis((long) (base * jitter)));
    }
}
