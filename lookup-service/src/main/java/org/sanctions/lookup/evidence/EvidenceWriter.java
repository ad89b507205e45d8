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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;

/**
 * Writes evidence off the hot path by group commit. Screening threads enqueue into a bounded queue and get a future;
 * a writer thread takes whatever is queued (at once when one row waits; under load, all that arrived during its last
 * commit, up to a batch), inserts it with one statement and completes the futures when it has committed. A screening is answered only after its future completes, so an acknowledged
 * screening is never lost; if the queue is full or the database fails, the screening is refused (503) instead of
 * answered unrecorded. The writers are long-running tasks on the managed executor, started on StartupEvent; on
 * ShutdownEvent they drain the queue and the shutdown waits for them, so nothing acknowledged or queued is dropped.
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
    private final ManagedExecutor executor;
    private final List<Future<?>> tasks = new ArrayList<>();
    private volatile boolean stopping;

    EvidenceWriter(AgroalDataSource dataSource, LookupConfig config, ManagedExecutor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
        this.queue = new ArrayBlockingQueue<>(config.evidence().queueCapacity());
        this.batchSize = config.evidence().batchSize();
        this.writers = config.evidence().writers();
    }

    void start(@Observes StartupEvent event) {
        for (int i = 0; i < writers; i++) {
            tasks.add(executor.submit(this::run));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true; // each loop drains what is queued before it ends
        for (Future<?> writer : tasks) {
            try {
                writer.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.errorf("evidence writer did not drain its queue on shutdown (%d rows left): %s", queue.size(),
                        e.toString());
            }
        }
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
        while (!stopping || !queue.isEmpty()) {
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
