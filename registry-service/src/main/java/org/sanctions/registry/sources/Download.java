package org.sanctions.registry.sources;

import java.nio.file.Path;

/**
 * What one check of a source brought: nothing new (304 Not Modified), or a file in the archive's staging area with
 * its SHA-256, size, the name it was published under and the HTTP validators for the next conditional request.
 */
record Download(boolean notModified, Path file, String name, String sha256, long size, String etag,
        String lastModified, String contentType) {

    static Download unchanged(String etag, String lastModified) {
        return new Download(true, null, null, null, 0, etag, lastModified, null);
    }
}
