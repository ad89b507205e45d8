package org.sanctions.registry.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.audit.Change;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.audit.EntityType;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;

/**
 * Records what happens to a list source in the audit chain (and so in the change feed): a settings change, a new
 * file fetched, a fetch that failed. A check that finds the same file records nothing: it only moves lastCheckedAt.
 */
@ApplicationScoped
class SourceEvents {

    private final ChangeLog log;

    SourceEvents(ChangeLog log) {
        this.log = log;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void updated(ListSourceEntity source, SourceEvent before, WriteContext context) {
        record(Action.SOURCE_UPDATED, source, before, SourceEvent.settings(source), context);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void fetched(ListSourceEntity source, Download download, Instant at) {
        record(Action.SOURCE_FETCHED, source, null, SourceEvent.fetched(source, download, at), new WriteContext(
                SourceFetcher.actor(source.id), "fetched a new file of " + source.id + " from " + source.url));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void failed(ListSourceEntity source, String error) {
        record(Action.SOURCE_FETCH_FAILED, source, null, SourceEvent.failed(source, error), new WriteContext(
                SourceFetcher.actor(source.id), "a check of " + source.id + " failed; the registry is unchanged"));
    }

    private void record(Action action, ListSourceEntity source, SourceEvent before, SourceEvent after,
            WriteContext context) {
        log.record(new Change(action, EntityType.SOURCE, source.id, source.version, before, after, context,
                Timestamps.now()));
    }
}
