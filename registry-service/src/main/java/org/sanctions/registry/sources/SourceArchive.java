package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The immutable archive of fetched files: {@code registry.sources.archive-dir/<source>/<sha256>}. A download is
 * streamed into a staging file (hashed and size-capped on the way), then moved to its final name; a file already
 * archived is never overwritten.
 */
@ApplicationScoped
class SourceArchive {

    private final SourcesConfig config;

    SourceArchive(SourcesConfig config) {
        this.config = config;
    }

    /** Streams the body to a staging file; more than registry.sources.max-bytes fails (not retried). */
    Download stage(InputStream body, String name, String etag, String lastModified, String contentType) {
        try {
            Path staging = Files.createDirectories(config.archiveDir().resolve(".staging"))
                    .resolve(UUID.randomUUID().toString());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(staging),
                    digest)) {
                size = copyCapped(in, out, staging);
            }
            return new Download(false, staging, name, HexFormat.of().formatHex(digest.digest()), size, etag,
                    lastModified, contentType);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (IOException e) {
            throw new SourceFetchException.Transient("the download broke off: " + e.getMessage());
        }
    }

    private long copyCapped(InputStream in, OutputStream out, Path staging) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            size += n;
            if (size > config.maxBytes()) {
                out.close();
                Files.deleteIfExists(staging);
                throw new SourceFetchException("the file is larger than registry.sources.max-bytes ("
                        + config.maxBytes() + " bytes)", false);
            }
            out.write(buffer, 0, n);
        }
        return size;
    }

    /** Moves a staged download to its place in the archive and returns that path. */
    Path keep(String sourceId, Download download) {
        try {
            Path target = Files.createDirectories(config.archiveDir().resolve(sourceId)).resolve(download.sha256());
            if (Files.exists(target)) {
                Files.delete(download.file());
            } else {
                Files.move(download.file(), target, StandardCopyOption.ATOMIC_MOVE);
                target.toFile().setReadOnly();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a staged download that is not kept (the same bytes as before). */
    void discard(Download download) {
        try {
            if (download.file() != null) {
                Files.deleteIfExists(download.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
