package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;

/** The live screening index and how current it is: the feed sequence it reflects and the last registry contact. */
@ApplicationScoped
public class IndexState {

    private final ScreeningIndex index;
    private final Duration staleAfter;
    private final Clock clock = Clock.systemUTC();
    private volatile long listVersion = -1;
    private volatile boolean loaded;
    private volatile Instant syncedAt;
    private volatile String lastError;

    IndexState(LookupConfig config) {
        ScoringWeights defaults = ScoringWeights.defaults();
        this.index = new ScreeningIndex(config.screening().threshold().map(defaults::withThreshold).orElse(defaults));
        this.staleAfter = config.registry().staleAfter();
    }

    public ScreeningIndex index() {
        return index;
    }

    public long listVersion() {
        return listVersion;
    }

    public boolean loaded() {
        return loaded;
    }

    public Instant syncedAt() {
        return syncedAt;
    }

    public String lastError() {
        return lastError;
    }

    /** Whether the registry has not been reached for longer than the configured staleness bound. */
    public boolean stale() {
        return syncedAt == null || Duration.between(syncedAt, clock.instant()).compareTo(staleAfter) > 0;
    }

    /** Seconds since the last successful contact with the registry (-1 before the first). */
    public long secondsSinceSync() {
        return syncedAt == null ? -1 : Duration.between(syncedAt, clock.instant()).toSeconds();
    }

    void loadedAt(long seq) {
        listVersion = seq;
        loaded = true;
        synced();
    }

    void advancedTo(long seq) {
        listVersion = seq;
        synced();
    }

    void synced() {
        syncedAt = clock.instant();
        lastError = null;
    }

    void failed(String error) {
        lastError = error;
    }
}
