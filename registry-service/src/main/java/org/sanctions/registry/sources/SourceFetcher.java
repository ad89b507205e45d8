package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.imports.FetchedFile;
import org.sanctions.registry.imports.ImportService;

/**
 * One check of one source: download (conditional), and for new bytes archive them and submit an import job as if
 * the file had been uploaded. Every outcome is saved on the source; no failure reaches the registry's data.
 */
@ApplicationScoped
class SourceFetcher {

    private static final Logger LOG = Logger.getLogger(SourceFetcher.class);

    private final SourceRepository sources;
    private final SourceDownloader downloader;
    private final SourceArchive archive;
    private final ImportService imports;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    SourceFetcher(SourceRepository sources, SourceDownloader downloader, SourceArchive archive,
            ImportService imports) {
        this.sources = sources;
        this.downloader = downloader;
        this.archive = archive;
        this.imports = imports;
    }

    /** Checks the source unless a check of it is already running (then does nothing). */
    void fetch(String id) {
        if (!running.add(id)) {
            return;
        }
        try {
            sources.byId(id).ifPresent(this::check);
        } finally {
            running.remove(id);
        }
    }

    private void check(ListSourceEntity source) {
        Download download = null;
        try {
            download = downloader.download(source.url, source.fileSha256 == null ? null : source.etag,
                    source.fileSha256 == null ? null : source.lastModified);
            if (download.notModified() || download.sha256().equals(source.fileSha256)) {
                archive.discard(download);
                sources.unchanged(source.id, Timestamps.now(), download);
                return;
            }
            Path file = archive.keep(source.id, download);
            sources.archived(source.id, Timestamps.now(), download);
            imports.submitFetched(new FetchedFile(source.id, file, download.name(), source.format, source.mode,
                    source.policy == SourcePolicy.REVIEW, source.maxDelistShare, actor(source.id),
                    "scheduled fetch of " + source.id + " from " + source.url + " (SHA-256 " + download.sha256()
                    + ")"));
            sources.changed(source.id, Timestamps.now(), download);
        } catch (RuntimeException e) {
            if (download != null && !download.notModified()) {
                archive.discard(download);
            }
            String error = describe(e);
            LOG.warnf("list source %s: %s", source.id, error);
            sources.failed(source.id, error);
        }
    }

    static Actor actor(String sourceId) {
        return new Actor("source:" + sourceId, "source:" + sourceId, "registry-service");
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ApiException api) {
            return api.getMessage();
        }
        if (e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return "timed out: no complete answer within the timeout";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
