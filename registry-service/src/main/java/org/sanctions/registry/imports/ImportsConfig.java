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

    /**
     * A QUEUED or RUNNING job whose owner has not beaten for this long was interrupted (the process died): a process
     * that holds the job's spooled files takes it over and runs it again.
     */
    @WithDefault("PT30S")
    Duration staleAfter();

    /** How often each process looks for interrupted jobs. */
    @WithDefault("PT10S")
    Duration sweepInterval();

    /**
     * An interrupted job that no process could take over for this long (its files were lost with its process) is
     * marked FAILED; also how long a failure is retried while the database is away.
     */
    @WithDefault("PT10M")
    Duration orphanedAfter();

    /**
     * The largest share of a list's listed entries that one import may delist without review: a file that would
     * delist more (a truncated file, the wrong file, a sample) is rolled back and waits for approval.
     */
    @WithDefault("0.05")
    double maxDelistShare();

    /** How many entries of each kind (added, changed, delisted, retained) a stored delta lists in detail. */
    @WithDefault("2000")
    int deltaItems();
}
