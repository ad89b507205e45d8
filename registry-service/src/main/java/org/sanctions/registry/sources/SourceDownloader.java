package org.sanctions.registry.sources;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Downloads a source's current file: a conditional HTTP GET (If-None-Match, If-Modified-Since; 304 = unchanged), or
 * for a {@code file:} URL the file, or the newest file of the directory. A hang ends at the timeout, a 5xx answer or
 * a broken connection is retried with exponential backoff (both tunable per MicroProfile Fault Tolerance config, e.g.
 * {@code org.sanctions.registry.sources.SourceDownloader/download/Retry/maxRetries}).
 */
@ApplicationScoped
class SourceDownloader {

    private final SourcesConfig config;
    private final SourceArchive archive;
    private final HttpClient http;

    SourceDownloader(SourcesConfig config, SourceArchive archive) {
        this.config = config;
        this.archive = archive;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 2, delayUnit = ChronoUnit.SECONDS, maxDuration = 10, durationUnit =
            ChronoUnit.MINUTES, retryOn = SourceFetchException.Transient.class)
    @ExponentialBackoff(maxDelay = 5, maxDelayUnit = ChronoUnit.MINUTES)
    Download download(String url, String etag, String lastModified) {
        URI uri = URI.create(url);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return local(Path.of(uri));
        }
        return http(uri, etag, lastModified);
    }

    private Download http(URI uri, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.timeout()).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SourceFetchException.Transient("no answer from " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFetchException("interrupted while fetching " + uri, false);
        }
        int status = response.statusCode();
        String newEtag = response.headers().firstValue("ETag").orElse(null);
        String newModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            close(response.body());
            return Download.unchanged(newEtag == null ? etag : newEtag, newModified == null ? lastModified
                    : newModified);
        }
        if (status != 200) {
            close(response.body());
            String message = "HTTP " + status + " from " + uri;
            throw status >= 500 ? new SourceFetchException.Transient(message)
                    : new SourceFetchException(message, false);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBytes()) {
            close(response.body());
            throw new SourceFetchException("the file (" + declared + " bytes) is larger than "
                    + "registry.sources.max-bytes (" + config.maxBytes() + ")", false);
        }
        return archive.stage(response.body(), name(uri.getPath()), newEtag, newModified,
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private Download local(Path path) {
        try {
            Path file = Files.isDirectory(path) ? newest(path) : path;
            return archive.stage(Files.newInputStream(file), file.getFileName().toString(), null,
                    Files.getLastModifiedTime(file).toString(), null);
        } catch (IOException e) {
            throw new SourceFetchException("cannot read " + path + ": " + e.getMessage(), false);
        }
    }

    private static Path newest(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).max((a, b) -> modified(a).compareTo(modified(b)))
                    .orElseThrow(() -> new SourceFetchException("the directory " + dir + " has no file", false));
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new SourceFetchException("cannot read " + file + ": " + e.getMessage(), false);
        }
    }

    private static String name(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "download" : last;
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the answer was not wanted anyway
        }
    }
}
