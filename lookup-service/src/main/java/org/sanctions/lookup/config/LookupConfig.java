package org.sanctions.lookup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the lookup service. */
@ConfigMapping(prefix = "lookup")
public interface LookupConfig {

    /** How the index follows the registry. */
    Registry registry();

    /** Screening limits and defaults. */
    Screening screening();

    /** Evidence recording. */
    Evidence evidence();

    /** Screening jobs. */
    Jobs jobs();

    /** Continuous monitoring of customer books. */
    Monitoring monitoring();

    /** Monitoring: delta rescreening, four-eyes review, webhook delivery. */
    interface Monitoring {
        /** A listed name finds customer candidates this far below the match threshold; each is then scored. */
        @WithDefault("0.15")
        double candidateMargin();

        /** Banks whose analysts close alerts alone (no second confirmation); every other bank needs four eyes. */
        Optional<java.util.Set<String>> singleReviewBanks();

        /** How often the webhook worker looks for due deliveries. */
        @WithDefault("1S")
        Duration webhookPollInterval();

        /** Delay before the first retry of a failed delivery; doubled (with jitter) on each further attempt. */
        @WithDefault("5S")
        Duration webhookFirstRetry();

        /** Longest delay between two attempts. */
        @WithDefault("1H")
        Duration webhookMaxRetry();

        /** A delivery still failing this long after it was queued is given up (FAILED). */
        @WithDefault("26H")
        Duration webhookGiveUpAfter();

        /** Time allowed for a receiver to answer. */
        @WithDefault("10S")
        Duration webhookTimeout();

        /** Rejected rows of a customer upload kept with their line numbers; further rejections are only counted. */
        @WithDefault("1000")
        int uploadRejectionLimit();

        /** Customer upload rows validated, stored and screened per transaction. */
        @WithDefault("500")
        int uploadChunkSize();

        /** Customers screened per transaction in a full rescreen (their alerts and the job's cursor). */
        @WithDefault("2000")
        int rescreenChunkSize();

        /** Threads that screen a full rescreen's chunk; default: the available processors. */
        Optional<Integer> rescreenParallelism();
    }

    /** Registry connection. */
    interface Registry {
        /** Base URL of the registry service (REGISTRY_URL). */
        @WithDefault("http://localhost:8081")
        String url();

        /** "oidc" to send a client-credentials token of the lookup-service client, "none" for no token. */
        @WithDefault("oidc")
        String auth();

        /** Long-poll wait per change-feed request, 0..30 seconds. */
        @WithDefault("20")
        int waitSeconds();

        /** Events per change-feed page, 1..1000. */
        @WithDefault("1000")
        int pageSize();

        /** Pause before retrying after the registry failed. */
        @WithDefault("2S")
        Duration retryDelay();

        /** The index is reported stale when the last successful contact is older than this. */
        @WithDefault("60S")
        Duration staleAfter();
    }

    /** Screening limits. */
    interface Screening {
        /** Default match threshold; when absent the engine's tuned default is used. */
        Optional<Double> threshold();

        /** Longest accepted name in a job row, in characters (the JSON API fixes 500). */
        @WithDefault("500")
        int maxNameLength();
    }

    /** Evidence writer. */
    interface Evidence {
        /** Screenings waiting to be written; when full, new screenings are refused with 503. */
        @WithDefault("50000")
        int queueCapacity();

        /** Rows per insert batch. */
        @WithDefault("500")
        int batchSize();

        /**
         * Writer threads. One already batches whatever queued during its last commit; a second one cut the in-service
         * p50 under saturation but doubled PostgreSQL's CPU per row with its smaller batches (lookup-service/README.md).
         */
        @WithDefault("1")
        int writers();
    }

    /** Screening jobs. */
    interface Jobs {
        /** Rows screened and stored per transaction. */
        @WithDefault("500")
        int chunkSize();

        /** Jobs processed in parallel. */
        @WithDefault("1")
        int workers();

        /** Where uploads wait for their job, one file per job, removed when the job ends. */
        @WithDefault("${java.io.tmpdir}/sanctions-lookup-jobs")
        java.nio.file.Path workDir();

        /** How often a process beats for the jobs it owns. */
        @WithDefault("2S")
        java.time.Duration beatInterval();

        /** An open job whose owner has not beaten for this long is taken over by a process holding its input. */
        @WithDefault("30S")
        java.time.Duration staleAfter();

        /** How often each process looks for jobs to take over. */
        @WithDefault("10S")
        java.time.Duration sweepInterval();

        /** An interrupted job nobody could take over for this long (its input went with its host) is FAILED. */
        @WithDefault("10M")
        java.time.Duration orphanedAfter();
    }
}
