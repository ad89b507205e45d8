package org.sanctions.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gateway drops an unused pooled connection well before the service behind it would (their committed settings,
 * read from the modules' application.properties), so it does not reuse one the service is closing.
 */
class KeepAliveAlignmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "lookup-service"})
    void gatewayPoolClosesIdleConnectionsWellBeforeTheService(String service) throws IOException {
        Duration gateway = duration(properties(Path.of("src/main/resources/application.properties"))
                .getProperty("gateway.upstream.keep-alive-timeout"));
        Duration serviceIdle = duration(properties(Path.of("..", service, "src/main/resources/application.properties"))
                .getProperty("quarkus.http.idle-timeout"));

        assertThat(serviceIdle).as(service + " sets quarkus.http.idle-timeout explicitly").isNotNull();
        assertThat(gateway.multipliedBy(2)).as("gateway keep-alive at most half of " + service + "'s idle timeout")
                .isLessThanOrEqualTo(serviceIdle);
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Quarkus' short duration form (30S, 2M) or ISO-8601. */
    private static Duration duration(String value) {
        if (value == null) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        return Duration.parse(upper.startsWith("P") ? upper : "PT" + upper);
    }
}
