package org.sanctions.lookup.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real-data folder (never copied into the project) and fails loudly when it is missing. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code <sanctions.project.root>/../shared/data}; the property is set by surefire, or falls back to the cwd. */
    public static Path root() {
        String root = System.getProperty("sanctions.project.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        if (root == null && Files.exists(base.resolve("../pom.xml")) && !Files.exists(base.resolve("mvnw"))) {
            base = base.getParent(); // started inside lookup-service
        }
        return base.resolve("../shared/data").normalize();
    }

    /** A file under the shared data folder; throws with the missing path named when it is not there. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("required real-data file is missing: " + p
                    + " (expected the shared data folder beside the repository:"
                    + " <sanctions.project.root>/../shared/data)");
        }
        return p;
    }
}
