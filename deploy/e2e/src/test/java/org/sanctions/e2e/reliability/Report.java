package org.sanctions.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The figures the reliability tests measure, printed and kept in target/reliability-report.txt for the notes. */
final class Report {

    private static final Path FILE = Path.of("target", "reliability-report.txt");

    private Report() {
    }

    static synchronized void line(String topic, String format, Object... args) {
        String line = Instant.now() + " " + topic + ": " + String.format(format, args);
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + FILE, e);
        }
    }
}
