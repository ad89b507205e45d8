package org.sanctions.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Inputs a test needs from outside the repository ({@code ../shared/data}, a tool on the PATH). On a developer's
 * machine a missing input skips the test and says what is missing; when the environment variable {@code CI} is set
 * it fails the test, so that a CI run without the input can never be green without running it.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** True when {@code CI} is set to anything but empty or {@code false}. */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.trim());
    }

    /** Skips (locally) or fails (CI) with {@code missing} unless {@code present}. */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (inCi()) {
            Assertions.fail("missing prerequisite: " + missing + " (CI is set, so a missing input fails the test)");
        }
        Assumptions.abort("missing prerequisite, test skipped: " + missing);
    }

    /** A file of {@code <root>/../shared/data}, required as above. */
    public static Path sharedData(String relative) {
        Path file = ProjectPaths.root().resolve("../shared/data").resolve(relative).normalize();
        require(Files.isRegularFile(file), "shared data file " + file + " (see ../shared/data/README.md)");
        return file;
    }

    /** A file of the repository, required as above. */
    public static Path projectFile(String relative) {
        Path file = ProjectPaths.root().resolve(relative).normalize();
        require(Files.isRegularFile(file), "repository file " + file);
        return file;
    }
}
