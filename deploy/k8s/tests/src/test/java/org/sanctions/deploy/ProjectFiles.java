package org.sanctions.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root that surefire passes as {@code sanctions.project.root}. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static Path root() {
        String configured = System.getProperty("sanctions.project.root");
        Path start = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s/base"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No deploy/k8s/base above " + start);
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
