package org.sanctions.registry.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Typed settings of list imports (prefix {@code registry.imports}); the upload size is registry.max-upload-bytes. */
@ConfigMapping(prefix = "registry.imports")
public interface ImportsConfig {

    /** Directory where uploads wait for their job: one sub-directory per job, removed when the job ends. */
    @WithDefault("${java.io.tmpdir}/sanctions-registry-imports")
    Path workDir();

    /** Largest size one gzip file or zip member may expand to; beyond it the upload is refused as a bomb. */
    @WithDefault("1073741824")
    long maxExpandedBytes();

    /** How many rejected rows a job report keeps in detail (the counts are always complete). */
    @WithDefault("1000")
    int maxStoredRejects();

    /**
     * Entries written between clears of the persistence context: memory stays flat whatever the list size, and each
     * flush only compares the few entities of the current batch (flush cost grows with the context's size).
     */
    @WithDefault("25")
    int batchSize();

    /** Upper bound on the one transaction that applies a whole import. */
    @WithDefault("PT1H")
    Duration transactionTimeout();

    /** How often a running job saves its progress, which is also its heartbeat. */
    @WithDefault("PT2S")
    Duration progressInterval();

    /** At start-up, a QUEUED or RUNNING job without a heartbeat for this long was orphaned and is marked FAILED. */
    @WithDefault("PT10M")
    Duration orphanedAfter();
}
