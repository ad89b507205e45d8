package org.sanctions.registry.feed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.sanctions.registry.audit.chain.ChainAppender;

/**
 * Knows the highest committed seq and wakes long-polling feed readers when it moves. It LISTENs on its own
 * connection, outside the pool (a pooled connection would be handed to others and lose the subscription); writers
 * send pg_notify in their transaction, which PostgreSQL delivers only on commit. After (re)connecting it reads the
 * chain head, so a notification missed while disconnected only delays, never loses, a wake-up. The blocking LISTEN
 * loop is one long-running task on the managed executor, started on StartupEvent and interrupted on ShutdownEvent.
 */
@ApplicationScoped
public class ChangeNotifier {

    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class);

    private final AgroalDataSource pool;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Object monitor = new Object();
    private final ManagedExecutor executor;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long latest;
    private volatile Connection listening;
    private Future<?> loop;

    public ChangeNotifier(AgroalDataSource pool, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            ManagedExecutor executor) {
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
        this.executor = executor;
    }

    void start(@Observes StartupEvent event) {
        loop = executor.submit(this::listen);
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.countDown();
        closeQuietly(listening);
        if (loop != null) {
            loop.cancel(true);
        }
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    /** Waits until a seq above {@code after} has committed or the time is up; true if there is something new. */
    public boolean awaitBeyond(long after, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (monitor) {
            while (latest <= after) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                monitor.wait(left);
            }
            return true;
        }
    }

    private void listen() {
        while (running()) {
            try (Connection c = connect()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + ChainAppender.CHANNEL);
                }
                advanceTo(committedHead());
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running()) {
                    PGNotification[] notes = pg.getNotifications(10_000);
                    for (PGNotification note : notes == null ? new PGNotification[0] : notes) {
                        advanceTo(Long.parseLong(note.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running()) {
                    LOG.warnf("change listener lost its connection, reconnecting: %s", e.getMessage());
                    pauseUnlessStopped();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "registry-change-listener");
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return c;
    }

    private long committedHead() throws SQLException {
        try (Connection c = pool.getConnection()) {
            return ChainAppender.head(c, false).seq();
        }
    }

    private void advanceTo(long seq) {
        synchronized (monitor) {
            if (seq > latest) {
                latest = seq;
                monitor.notifyAll();
            }
        }
    }

    private void pauseUnlessStopped() {
        try {
            stopped.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort on shutdown
            }
        }
    }
}
