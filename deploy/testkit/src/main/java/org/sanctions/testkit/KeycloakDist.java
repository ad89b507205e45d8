package org.sanctions.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak distribution that Maven unpacks into {@code .local/keycloak-<version>}, shared with
 * deploy/local/run.sh: finds it, runs {@code kc.sh build} once and installs the realm for import.
 */
final class KeycloakDist {

    /** Build-time options; deploy/local/run.sh uses exactly these, so whoever comes first builds for both. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    private static final String HOME_PROPERTY = "sanctions.keycloak.home";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;

    private KeycloakDist(Path home) {
        this.home = home;
    }

    /** The distribution named by the system property the parent POM gives surefire. */
    static KeycloakDist fromSystemProperty() {
        String value = System.getProperty(HOME_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + HOME_PROPERTY + " is not set: run the tests"
                    + " through Maven, whose surefire configuration in the parent pom.xml sets it");
        }
        Path home = Path.of(value).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution in " + home + ": declare"
                    + " maven-dependency-plugin in this module's pom.xml (execution unpack-keycloak unpacks it)");
        }
        return new KeycloakDist(home);
    }

    Path kcSh() {
        return home.resolve("bin/kc.sh");
    }

    /** Runs {@code kc.sh build} unless the distribution already carries our build options. */
    void ensureBuilt(Path log) {
        if (isBuilt()) {
            return;
        }
        try (DirectoryLock lock = DirectoryLock.acquire(home.resolve(".build-lock"), BUILD_TIMEOUT)) {
            if (!isBuilt()) {
                build(log);
            }
        }
    }

    /** Reads the options Keycloak persisted at its last build (the same check run.sh makes). */
    boolean isBuilt() {
        Path jar = home.resolve("lib/quarkus/generated-bytecode.jar");
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/keycloak-persisted.properties");
            if (entry == null) {
                return false;
            }
            Properties persisted = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                persisted.load(in);
            }
            return BUILD_OPTIONS.stream().allMatch(option -> {
                String[] keyValue = option.substring(2).split("=", 2);
                return keyValue[1].equals(persisted.getProperty("kc." + keyValue[0]));
            });
        } catch (IOException e) {
            return false;
        }
    }

    private void build(Path log) {
        List<String> command = new ArrayList<>(List.of("sh", kcSh().toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed, see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during kc.sh build", e);
        }
    }

    /** Puts the realm file where {@code --import-realm} finds it; atomically, as run.sh may read it meanwhile. */
    void installRealm(Path realmJson) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Path tmp = Files.createTempFile(importDir, "sanctions-realm", ".tmp");
            Files.copy(realmJson, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, importDir.resolve("sanctions-realm.json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not install realm " + realmJson, e);
        }
    }
}
