package org.sanctions.lookup.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory screening index: parties in, ranked explained matches out. Many concurrent screenings, one writer
 * (the feed follower) at a time; writes are per party and take microseconds.
 */
public final class ScreeningIndex {

    private static final int CANDIDATE_NAMES = 100;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScoringWeights weights;
    private final Lexicon lexicon = Lexicon.standard();
    private final Clock clock;
    private final NameNormalizer normalizer = new NameNormalizer(lexicon);
    private IndexStore store = new IndexStore(lexicon);

    public ScreeningIndex(ScoringWeights weights, Clock clock) {
        this.weights = weights;
        this.clock = clock;
    }

    public ScreeningIndex(ScoringWeights weights) {
        this(weights, Clock.systemUTC());
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** Replaces the whole content (a fresh snapshot); screenings keep using the old content until the swap. */
    public void replaceAll(Collection<ListedParty> parties) {
        IndexStore fresh = new IndexStore(lexicon);
        parties.forEach(fresh::upsert);
        lock.writeLock().lock();
        try {
            store = fresh;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds or replaces parties by id. */
    public void upsertAll(Collection<ListedParty> parties) {
        lock.writeLock().lock();
        try {
            parties.forEach(store::upsert);
            compactIfNeeded();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void upsert(ListedParty party) {
        upsertAll(List.of(party));
    }

    /** Removes a party; returns whether it was indexed. */
    public boolean remove(String partyId) {
        lock.writeLock().lock();
        try {
            return store.remove(partyId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<ListedParty> party(String partyId) {
        lock.readLock().lock();
        try {
            Integer p = store.partyIndex.get(partyId);
            return p == null ? Optional.empty() : Optional.of(store.parties.get(p));
        } finally {
            lock.readLock().unlock();
        }
    }

    public int partyCount() {
        lock.readLock().lock();
        try {
            return store.liveParties();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int nameCount() {
        lock.readLock().lock();
        try {
            return store.liveNames;
        } finally {
            lock.readLock().unlock();
        }
    }

    public int vocabularySize() {
        lock.readLock().lock();
        try {
            return store.vocabulary.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Screens one name: matches scoring at least the query's threshold, best first, at most limit. */
    public List<Match> screen(ScreeningQuery query) {
        return screen(query, CANDIDATE_NAMES);
    }

    /**
     * Screens one name, scoring up to {@code candidateNames} retrieved names: monitoring looks a listed name up
     * among a million customers, where a common name has far more than the hundred candidates a screening scores.
     */
    public List<Match> screen(ScreeningQuery query, int candidateNames) {
        NormalizedName normalized = normalizer.normalize(query.name(), query.kind());
        if (normalized.isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            return ScreeningPass.run(store, query, normalized, lexicon, weights, LocalDate.now(clock),
                    candidateNames);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void compactIfNeeded() {
        if (store.names.size() > 1000 && store.garbageRatio() > 0.3) {
            IndexStore fresh = new IndexStore(lexicon);
            for (ListedParty p : store.parties) {
                if (p != null) {
                    fresh.upsert(p);
                }
            }
            store = fresh;
        }
    }

}
