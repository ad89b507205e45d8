package org.sanctions.lookup.evidence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
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
 * a writer thread takes whatever is queued (at once when one row waits; under load, all that arrived during its last
 * commit, up to a batch), inserts it with one statement and completes the futures when it has committed. A screening is answered only after its future completes, so an acknowledged
 * screening is never lost; if the queue is full or the database fails, the screening is refused (503) instead of
 * answered unrecorded.
 */
@ApplicationScoped
public class EvidenceWriter {

    private static final Logger LOG = Logger.getLogger(EvidenceWriter.class);

    private record Pending(EvidenceRecord record, CompletableFuture<Void> done) {
    }

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private final int writers;
    private volatile boolean running;

    EvidenceWriter(AgroalDataSource dataSource, LookupConfig config) {
        this.dataSource = dataSource;
        this.queue = new ArrayBlockingQueue<>(config.evidence().queueCapacity());
        this.batchSize = config.evidence().batchSize();
        this.writers = config.evidence().writers();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread writer = new Thread(this::run, "evidence-writer-" + i);
            writer.setDaemon(true);
            writer.start();
        }
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
            EvidenceInsert.insert(c, batch.stream().map(Pending::record).toList());
        }
    }
}
