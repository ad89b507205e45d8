package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.RegistryConfig;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;

/**
 * Keeps the files of each job on disk, under {@code registry.imports.work-dir/<job id>/<n>}, from the upload until
 * the job ends: the HTTP layer spools uploads to disk (never to memory) and deletes them after the request, so they
 * are moved here first.
 */
@ApplicationScoped
class ImportSpool {

    private static final int MAX_NAME = 255;

    private final ImportsConfig config;
    private final RegistryConfig registry;

    ImportSpool(ImportsConfig config, RegistryConfig registry) {
        this.config = config;
        this.registry = registry;
    }

    /** Takes over the uploads of a new job and returns their names, sizes and SHA-256; 413 above the upload limit. */
    List<UploadedFile> receive(UUID job, List<FileUpload> uploads) {
        long total = uploads.stream().mapToLong(FileUpload::size).sum();
        if (total > registry.maxUploadBytes()) {
            throw ApiException.payloadTooLarge(registry.maxUploadBytes());
        }
        try {
            Path dir = Files.createDirectories(dir(job));
            List<UploadedFile> files = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                Path target = dir.resolve(Integer.toString(i));
                Files.move(uploads.get(i).uploadedFile(), target, StandardCopyOption.REPLACE_EXISTING);
                files.add(new UploadedFile(name(uploads.get(i).fileName(), i), Files.size(target), sha256(target)));
            }
            return files;
        } catch (IOException e) {
            discard(job);
            throw new UncheckedIOException(e);
        }
    }

    /** Copies an archived file (a list source's fetch) in as the job's one file, leaving the archive untouched. */
    List<UploadedFile> receiveCopy(UUID job, Path file, String name) {
        try {
            Path target = Files.createDirectories(dir(job)).resolve("0");
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return List.of(new UploadedFile(name(name, 0), Files.size(target), sha256(target)));
        } catch (IOException e) {
            discard(job);
            throw new UncheckedIOException(e);
        }
    }

    /** The job's files as the parsers read them, with decompression bounded. */
    ImportInput input(UUID job, List<UploadedFile> files) {
        List<ImportFile> given = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            given.add(ImportFile.of(files.get(i).name(), dir(job).resolve(Integer.toString(i)))
                    .withExpansionLimit(config.maxExpandedBytes()));
        }
        return ImportInput.of(given);
    }

    /** Whether the job's files are here: they are moved in before the job is recorded, so they are complete. */
    boolean has(UUID job) {
        return Files.isDirectory(dir(job));
    }

    void discard(UUID job) {
        delete(dir(job));
    }

    /** Marks the job's files as in use (the running job calls this with its heartbeat). */
    void touch(UUID job) {
        try {
            Files.setLastModifiedTime(dir(job), FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what crashed jobs left behind: directories of jobs that are not open and were not touched for
     * {@code idle}. The age matters because the work directory may be shared with other processes on the host, whose
     * jobs this one's database does not know.
     */
    void discardStale(Set<UUID> open, Duration idle) {
        if (!Files.isDirectory(config.workDir())) {
            return;
        }
        Instant before = Instant.now().minus(idle);
        try (Stream<Path> dirs = Files.list(config.workDir())) {
            dirs.filter(d -> open.stream().noneMatch(id -> d.getFileName().toString().equals(id.toString())))
                    .filter(d -> modified(d).isBefore(before)).forEach(ImportSpool::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone meanwhile or unreadable: not ours to judge
        }
    }

    private Path dir(UUID job) {
        return config.workDir().resolve(job.toString());
    }

    /** The client's file name without any folder part; it tells an OFAC set's files apart, so it is kept. */
    static String name(String given, int index) {
        String base = given == null ? ""
                : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        base = ImportTally.clean(base.strip());
        if (base == null || base.isEmpty()) {
            return "upload-" + (index + 1);
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
