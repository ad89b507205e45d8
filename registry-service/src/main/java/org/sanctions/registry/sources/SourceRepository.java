package org.sanctions.registry.sources;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctions.registry.audit.ChangeLog;

/** Stores list sources and their archive rows; each outcome of a check is saved in a transaction of its own. */
@ApplicationScoped
class SourceRepository implements PanacheRepositoryBase<ListSourceEntity, String> {

    private final SourceEvents events;
    private final ChangeLog chain;

    SourceRepository(SourceEvents events, ChangeLog chain) {
        this.events = events;
        this.chain = chain;
    }

    @Transactional
    List<ListSourceEntity> all() {
        return listAll(Sort.ascending("id"));
    }

    /** The source; none for an id that could never have been stored (too long, or with a NUL PostgreSQL refuses). */
    @Transactional
    Optional<ListSourceEntity> byId(String id) {
        if (id == null || id.length() > 64 || id.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return findByIdOptional(id);
    }

    /** The check found the file the source already had: only the time of the check changes. */
    @Transactional
    void unchanged(String id, Instant at, Download download) {
        ListSourceEntity source = findById(id);
        source.lastCheckedAt = at;
        source.lastError = null;
        source.etag = download.etag() == null ? source.etag : download.etag();
        source.lastModified = download.lastModified() == null ? source.lastModified : download.lastModified();
        if (source.state == SourceState.NEW || source.state == SourceState.FETCH_FAILED) {
            source.state = SourceState.UNCHANGED;
        }
    }

    /** A new file was archived and handed to an import job. */
    @Transactional
    void changed(String id, Instant at, Download download) {
        ListSourceEntity source = findById(id);
        source.lastCheckedAt = at;
        source.lastChangedAt = at;
        source.fileSha256 = download.sha256();
        source.etag = download.etag();
        source.lastModified = download.lastModified();
        source.lastError = null;
        source.state = SourceState.IMPORTING;
    }

    /**
     * The check failed; the registry and the source's last good file stay as they were. The failure is an event in
     * the chain when the source starts failing or fails differently, not at every retry of the same failure.
     */
    @Transactional
    void failed(String id, String error) {
        chain.holdChain(); // before the source row: the lock order of every writer
        ListSourceEntity source = findById(id);
        String text = error.length() > 4000 ? error.substring(0, 4000) : error;
        boolean news = source.state != SourceState.FETCH_FAILED || !text.equals(source.lastError);
        source.state = SourceState.FETCH_FAILED;
        source.lastError = text;
        if (news) {
            events.failed(source, text);
        }
    }

    /**
     * Records an archived file once (the same bytes fetched again add no row), and its fetch as an event in the chain
     * unless it is the file whose import was just refused being fetched again.
     */
    @Transactional
    void archived(String id, Instant at, Download download) {
        chain.holdChain(); // before the source row: the lock order of every writer
        ListSourceEntity source = findById(id);
        long known = getEntityManager().createQuery("select count(f) from SourceFileEntity f where f.sourceId = ?1"
                + " and f.sha256 = ?2", Long.class).setParameter(1, id).setParameter(2, download.sha256())
                .getSingleResult();
        if (known == 0 || source.state != SourceState.FETCH_FAILED) {
            events.fetched(source, download, at);
        }
        if (known > 0) {
            return;
        }
        SourceFileEntity file = new SourceFileEntity();
        file.sourceId = id;
        file.sha256 = download.sha256();
        file.size = download.size();
        file.fetchedAt = at;
        file.etag = download.etag();
        file.lastModified = download.lastModified();
        file.contentType = download.contentType();
        getEntityManager().persist(file);
    }
}
