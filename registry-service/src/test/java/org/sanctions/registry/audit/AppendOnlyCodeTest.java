package org.sanctions.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code path of the service updates, deletes or truncates audit events; the only write is the append. */
class AppendOnlyCodeTest {

    private static final Pattern MUTATION = Pattern.compile(
            "(?i)\\b(update|delete\\s+from|truncate(\\s+table)?)\\s+(registry\\.)?audit_event\\b");

    @Test
    void noSourceMutatesAuditEvents() throws IOException {
        Path main = Path.of("src/main");
        assertThat(main).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> MUTATION.matcher(read(p)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
        assertThat(MUTATION.matcher("delete from audit_event where seq = 1").find()).as("the pattern itself works").isTrue();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
