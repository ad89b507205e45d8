package org.sanctions.lookup.monitoring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;

/**
 * Sends the outbox: every due delivery is POSTed with the Standard Webhooks headers; a failure (non-2xx, refused,
 * timed out) is retried with exponential backoff and jitter until the give-up age. The outbox lives in PostgreSQL,
 * so pending deliveries survive a restart; delivery is at least once and receivers deduplicate on webhook-id. Several
 * instances can send from one outbox: each delivery is claimed (skip locked, with a lease) before it is sent. The
 * rounds are a Quarkus scheduler job (never two at once), scheduled on StartupEvent and removed on ShutdownEvent.
 * Each endpoint URL gets its own REST Client ({@link WebhookEndpointClient}, connect and read timeouts of
 * {@code lookup.monitoring.webhook-timeout}, redirects not followed), kept for the next rounds.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 100;
    private static final String JOB = "webhook-sender";

    private final WebhookStore store;
    private final LookupConfig.Monitoring config;
    /** Clients by endpoint URL; an endpoint's URL never changes, a deleted one's client is closed at the cap. */
    private final Map<String, WebhookEndpointClient> clients = new ConcurrentHashMap<>();
    private static final int MAX_CLIENTS = 1000;
    private final Scheduler scheduler;

    WebhookSender(WebhookStore store, LookupConfig config, Scheduler scheduler) {
        this.store = store;
        this.scheduler = scheduler;
        this.config = config.monitoring();
    }

    void start(@Observes StartupEvent event) {
        String every = config.webhookPollInterval().toString();
        scheduler.newJob(JOB).setInterval(every).setDelayed(every)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> sendDue()).schedule();
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.unscheduleJob(JOB);
        closeClients();
    }

    private WebhookEndpointClient client(String url) {
        if (clients.size() >= MAX_CLIENTS && !clients.containsKey(url)) {
            closeClients();
        }
        return clients.computeIfAbsent(url, u -> {
            long timeout = config.webhookTimeout().toMillis();
            return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(u))
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .followRedirects(false).disableDefaultMapper(true).build(WebhookEndpointClient.class);
        });
    }

    private void closeClients() {
        for (String url : clients.keySet()) {
            WebhookEndpointClient client = clients.remove(url);
            try {
                if (client != null) {
                    client.close();
                }
            } catch (Exception e) {
                LOG.debugf("closing the webhook client of %s: %s", url, e.getMessage());
            }
        }
    }

    /**
     * One round: up to {@value #BATCH} due deliveries, each claimed just before it is sent, so that every instance's
     * rounds take disjoint deliveries ({@link WebhookStore#claimDue}) and a claim is held no longer than one send.
     */
    void sendDue() {
        try {
            for (int i = 0; i < BATCH; i++) {
                List<WebhookStore.Delivery> claimed = store.claimDue(1, lease());
                if (claimed.isEmpty()) {
                    return;
                }
                WebhookStore.Delivery d = claimed.get(0);
                store.endpointOf(d).ifPresent(endpoint -> send(endpoint, d));
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery round failed: %s", e.getMessage());
        }
    }

    /** How long a claimed delivery is kept from other senders: connecting and reading (each up to the timeout). */
    private Duration lease() {
        return config.webhookTimeout().multipliedBy(3);
    }

    private void send(WebhookStore.Endpoint endpoint, WebhookStore.Delivery d) {
        long timestamp = Instant.now().getEpochSecond();
        String id = "msg_" + d.id();
        try (Response response = client(endpoint.url()).deliver(id, Long.toString(timestamp),
                WebhookSignature.sign(endpoint.secret(), id, timestamp, d.payload()), d.payload())) {
            if (response.getStatus() / 100 == 2) {
                store.delivered(d.id(), response.getStatus());
            } else {
                retryLater(d, response.getStatus(), "the receiver answered " + response.getStatus());
            }
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            retryLater(d, null, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
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
