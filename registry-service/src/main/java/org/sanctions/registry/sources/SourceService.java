package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.imports.ImportJobDto;
import org.sanctions.registry.imports.ImportJobRepository;

/**
 * Reads and configures list sources, and starts a check on request. A source whose new file went to an import shows
 * the state of that job (importing, awaiting approval, applied, failed, rejected) and when its file was last applied.
 */
@ApplicationScoped
class SourceService {

    private final SourceRepository sources;
    private final ImportJobRepository jobs;
    private final SourceFetcher fetcher;
    private final ManagedExecutor executor;
    private final SourcesConfig config;
    private final SourceEvents events;
    private final ChangeLog chain;

    SourceService(SourceRepository sources, ImportJobRepository jobs, SourceFetcher fetcher,
            ManagedExecutor executor, SourcesConfig config, SourceEvents events, ChangeLog chain) {
        this.events = events;
        this.chain = chain;
        this.sources = sources;
        this.jobs = jobs;
        this.fetcher = fetcher;
        this.executor = executor;
        this.config = config;
    }

    List<SourceDto> list() {
        return sources.all().stream().map(this::dto).toList();
    }

    SourceDto get(String id) {
        return dto(find(id));
    }

    @Transactional
    SourceDto update(String id, SourceUpdate body, Long expectedVersion, WriteContext context) {
        SourceSettings settings = SourceSettings.parse(body, config.sla());
        chain.holdChainForWrite(); // before the source row: the lock order of every writer
        ListSourceEntity source = sources.byId(id).orElseThrow(() -> missing(id));
        SourceEvent before = SourceEvent.settings(source);
        if (expectedVersion != null) {
            org.sanctions.registry.common.ETags.checkCurrent(expectedVersion, source.version, "list source " + id);
        }
        source.format = settings.format();
        source.url = settings.url();
        source.every = settings.every() == null ? null : settings.every().toString();
        source.policy = settings.policy();
        source.mode = settings.mode();
        source.maxDelistShare = settings.maxDelistShare();
        source.sla = settings.sla().toString();
        sources.flush();
        if (!before.sameSettings(SourceEvent.settings(source))) {
            events.updated(source, before, context);
        }
        return dto(source);
    }

    /** Starts a check now on a worker thread (a check of the source already running makes this a no-op). */
    SourceDto fetchNow(String id) {
        SourceDto source = get(id);
        executor.runAsync(() -> fetcher.fetch(id));
        return source;
    }

    private ListSourceEntity find(String id) {
        return sources.byId(id).orElseThrow(() -> missing(id));
    }

    private static ApiException missing(String id) {
        return ApiException.notFound("No list source with id " + id + ".");
    }

    SourceDto dto(ListSourceEntity s) {
        SourceState state = s.state;
        String error = s.lastError;
        ImportJobDto job = s.fileSha256 == null ? null : jobs.latestOfSource(s.id).orElse(null);
        if (state == SourceState.IMPORTING && job != null) {
            state = switch (job.state()) {
                case QUEUED, RUNNING -> SourceState.IMPORTING;
                case AWAITING_APPROVAL -> SourceState.AWAITING_APPROVAL;
                case SUCCEEDED -> SourceState.APPLIED;
                case REJECTED -> SourceState.REJECTED;
                case FAILED -> SourceState.IMPORT_FAILED;
            };
            if (job.problem() != null) {
                error = job.problem().detail();
            } else if (state == SourceState.AWAITING_APPROVAL) {
                error = job.note();
            }
        }
        return new SourceDto(s.id, s.format, s.url, s.every, s.policy, s.mode, s.maxDelistShare, s.sla, state,
                s.lastCheckedAt, s.lastChangedAt, jobs.lastAppliedOfSource(s.id).orElse(null), s.fileSha256, error,
                job == null ? null : job.id(), s.version);
    }

    /** The SLA of a source, parsed (the stored text was validated when it was set). */
    static Duration sla(ListSourceEntity source) {
        return Duration.parse(source.sla);
    }
}
