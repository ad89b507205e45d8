package org.sanctions.lookup.evidence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;

/**
 * Writes evidence off the hot path by group commit. Screening threads enqueue into a bounded queue and get a future;
 * one writer thread drains the queue into multi-row batch inserts and completes the futures when the transaction has
 * committed. A screening is answered only after its future completes, so an acknowledged screening is never lost;
 * if the queue is full or the database fails, the screening is refused (503) instead of answered unrecorded.
 */
@ApplicationScoped
public class EvidenceWriter {

    private static final Logger LOG = Logger.getLogger(EvidenceWriter.class);
    private static final String INSERT = "insert into screening_evidence (id, screened_at, subject, client_id,"
            + " username, source, batch_id, job_id, item_ref, query, list_version, threshold, outcome, top_matches,"
            + " index_stale) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?)";

    private record Pending(EvidenceRecord record, CompletableFuture<Void> done) {
    }

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private volatile boolean running;
    private Thread writer;

    EvidenceWriter(AgroalDataSource dataSource, LookupConfig config) {
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(config.evidence().queueCapacity());
        this.batchSize = config.evidence().batchSize();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::run, "evidence-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false; // the loop drains what is queued before it ends
    }

    /** Queues a record; the future completes once it is committed, or fails if it cannot be. */
    public CompletableFuture<Void> record(EvidenceRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            pending.done.completeExceptionally(new EvidenceUnavailableException(
                    "Screening evidence cannot be recorded right now (backlog full); retry shortly."));
        }
        return pending.done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                writeWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void writeWithRetry(List<Pending> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                insert(batch);
                batch.forEach(p -> p.done.complete(null));
                return;
            } catch (SQLException e) {
                LOG.warnf("evidence insert failed (attempt %d): %s", attempt, e.getMessage());
                if (attempt == 3) {
                    batch.forEach(p -> p.done.completeExceptionally(new EvidenceUnavailableException(
                            "Screening evidence could not be stored; the screening was not recorded.")));
                    return;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Pending p : batch) {
                    bind(ps, p.record);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement ps, EvidenceRecord r) throws SQLException {
        ps.setObject(1, r.id());
        ps.setTimestamp(2, Timestamp.from(r.screenedAt()));
        ps.setString(3, r.subject());
        ps.setString(4, r.clientId());
        ps.setString(5, r.username());
        ps.setString(6, r.source());
        ps.setObject(7, r.batchId(), Types.OTHER);
        ps.setObject(8, r.jobId(), Types.OTHER);
        ps.setString(9, r.itemRef());
        ps.setString(10, r.queryJson());
        ps.setLong(11, r.listVersion());
        ps.setDouble(12, r.threshold());
        ps.setString(13, r.matched() ? "MATCH" : "NO_MATCH");
        ps.setString(14, r.topMatchesJson());
        ps.setBoolean(15, r.indexStale());
    }
}
