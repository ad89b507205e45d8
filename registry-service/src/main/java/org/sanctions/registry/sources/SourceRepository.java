package org.sanctions.registry.sources;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores list sources and their archive rows; each outcome of a check is saved in a transaction of its own. */
@ApplicationScoped
class SourceRepository implements PanacheRepositoryBase<ListSourceEntity, String> {

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

    /** The check failed; the registry and the source's last good file stay as they were. */
    @Transactional
    void failed(String id, String error) {
        ListSourceEntity source = findById(id);
        source.state = SourceState.FETCH_FAILED;
        source.lastError = error.length() > 4000 ? error.substring(0, 4000) : error;
    }

    /** Records an archived file once (the same bytes fetched again add no row). */
    @Transactional
    void archived(String id, Instant at, Download download) {
        long known = getEntityManager().createQuery("select count(f) from SourceFileEntity f where f.sourceId = ?1"
                + " and f.sha256 = ?2", Long.class).setParameter(1, id).setParameter(2, download.sha256())
                .getSingleResult();
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
