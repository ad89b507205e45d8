package org.sanctions.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Limits that keep one client from starving the others: request rate, body sizes, jobs in flight. */
@ConfigMapping(prefix = "gateway.limits")
public interface LimitsConfig {

    /** Sustained requests per second a client (token azp) may send, unless it has its own entry in clients. */
    @WithDefault("200")
    double perSecond();

    /** Requests a client may send at once above its sustained rate (token bucket capacity). */
    @WithDefault("400")
    int burst();

    /**
     * The bucket each user of a shared client (a token with a user subject, e.g. through sanctions-cli or
     * sanctions-ui) has of their own, inside the client's bucket: one user over it is refused without touching the
     * others. Machine clients (client credentials) have only the client bucket.
     */
    PerUser perUser();

    /** Job-starting requests (imports, screening jobs) a client may have in flight at once. */
    @WithDefault("2")
    int jobsInFlight();

    /** Retry-After sent when a client has too many jobs in flight. */
    @WithDefault("5S")
    Duration jobsRetryAfter();

    /** Per-client overrides, keyed by client id (azp); unset values fall back to the defaults above. */
    Map<String, Client> clients();

    /** Request body limits by route class. */
    Body body();

    /**
     * Longest request target (path and query) accepted; longer ones get a 414 problem. It stays below the services'
     * own request-line limit (4 KB) so that nothing the gateway forwards is refused by their HTTP codec.
     */
    @WithDefault("4000")
    int maxTargetLength();

    /**
     * Largest total size of the request headers (names and values) accepted; more gets a 431 problem. It stays
     * below the services' header limit (20 KB) with room for the forwarding headers the gateway adds.
     */
    @WithDefault("16K")
    MemorySize maxHeaderBytes();

    /** Limits of one user of a shared client. */
    interface PerUser {

        /** Sustained requests per second one user may send. */
        @WithDefault("50")
        double perSecond();

        /** Requests one user may send at once above that rate. */
        @WithDefault("100")
        int burst();
    }

    /** One client's own limits. */
    interface Client {

        /** Sustained requests per second. */
        Optional<Double> perSecond();

        /** Token bucket capacity. */
        Optional<Integer> burst();

        /** Job-starting requests in flight. */
        Optional<Integer> jobsInFlight();
    }

    /** Largest request body accepted, by route class (see org.sanctions.gateway.routing.BodySize). */
    interface Body {

        /** Ordinary JSON requests. */
        @WithDefault("1M")
        MemorySize json();

        /** Batch screening (up to 10,000 names). */
        @WithDefault("32M")
        MemorySize batch();

        /**
         * List imports (multipart). The registry's own HTTP limit is 210M (registry.max-upload-bytes, 200 MiB of
         * files, plus the form); at most that here, so a larger upload is cut off by the gateway while it streams.
         */
        @WithDefault("210M")
        MemorySize imports();

        /** Screening job input. */
        @WithDefault("2G")
        MemorySize upload();
    }
}
