package org.sanctions.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that tests read in place (the realm export), found from the reactor root. */
public final class ProjectPaths {

    private static final String REALM_FILE = "deploy/keycloak/sanctions-realm.json";

    private ProjectPaths() {
    }

    /**
     * The repository root: system property {@code sanctions.project.root} (set by surefire), else the nearest
     * folder above the working directory that holds the realm export (a test started from an IDE).
     */
    public static Path root() {
        String configured = System.getProperty("sanctions.project.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -Dsanctions.project.root");
    }

    /** The importable realm {@code sanctions}. */
    public static Path realmFile() {
        Path file = root().resolve(REALM_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("realm export missing: " + file);
        }
        return file;
    }
}
