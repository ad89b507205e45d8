package org.sanctions.registry.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves the shared real list files ({@code <project root>/../shared/data/...}); a missing file fails the test. */
public final class TestData {

    private TestData() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("sanctions.project.root");
        if (root == null || root.isBlank()) {
            fail("system property sanctions.project.root is not set (surefire sets it to the reactor root)");
        }
        Path file = Path.of(root).resolve("../shared/data").resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            fail("missing test data file " + file + " (see ../shared/data/README.md)");
        }
        return file;
    }

    public static ImportInput input(String... relatives) {
        Path[] paths = new Path[relatives.length];
        for (int i = 0; i < relatives.length; i++) {
            paths[i] = path(relatives[i]);
        }
        return ImportInput.of(paths);
    }
}
