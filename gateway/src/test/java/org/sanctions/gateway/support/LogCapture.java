package org.sanctions.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logmanager.ExtLogRecord;

/** Collects the records of one logger of the running application, with their formatted message and MDC. */
public final class LogCapture extends Handler implements AutoCloseable {

    /** A captured line: what was written and the request id it carried in the MDC. */
    public record Line(String message, String requestId) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    /** Starts capturing {@code category}; close to stop. */
    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    /** Waits (up to five seconds: access lines are written once the response is done) for a matching line. */
    public Optional<Line> await(Predicate<Line> matching) throws InterruptedException {
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> lines.stream().filter(matching).findFirst(), Optional::isPresent);
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            lines.add(new Line(ext.getFormattedMessage(), ext.getMdc("requestId")));
        } else {
            lines.add(new Line(record.getMessage(), null));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
