package org.sanctions.lookup.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.NameNormalizer;

/**
 * Loads the index from the registry snapshot, then follows the change feed by long-poll so a registry write is
 * screenable within a second. When the registry is unreachable it keeps the last state and retries.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);

    private final RegistryClient registry;
    private final IndexState state;
    private final LookupConfig config;
    private final Event<PartiesChanged> changes;
    private final Event<IndexLoaded> loaded;
    private final ListSources sources;
    private volatile boolean running;
    private Thread thread;

    FeedFollower(RegistryClient registry, IndexState state, LookupConfig config, Event<PartiesChanged> changes,
            Event<IndexLoaded> loaded, ListSources sources) {
        this.sources = sources;
        this.registry = registry;
        this.state = state;
        this.config = config;
        this.changes = changes;
        this.loaded = loaded;
    }

    void start(@Observes StartupEvent event) {
        NameNormalizer.warmUp();
        running = true;
        thread = new Thread(this::run, "registry-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                if (!state.loaded()) {
                    loadSnapshot();
                }
                apply(registry.changes(state.listVersion()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                String reason = describe(e);
                state.failed(reason);
                LOG.warnf("registry unreachable, serving list version %d: %s", state.listVersion(), reason);
                pause();
            }
        }
    }

    private void loadSnapshot() throws Exception {
        long start = System.nanoTime();
        List<ListedParty> parties = new ArrayList<>();
        long seq = registry.snapshot(p -> parties.add(PartyMapper.toListed(p)), sources::loaded);
        state.index().replaceAll(parties);
        state.loadedAt(seq);
        LOG.infof("index loaded from registry snapshot: %d parties at seq %d in %d ms", parties.size(), seq,
                (System.nanoTime() - start) / 1_000_000);
        loaded.fire(new IndexLoaded(seq));
    }

    /** Applies one page of events; package-visible for tests of the feed logic. */
    void apply(ChangePage page) {
        List<ListedParty> changed = new ArrayList<>();
        sources.apply(page.events() == null ? List.of() : page.events());
        for (ChangePage.Event event : page.events() == null ? List.<ChangePage.Event>of() : page.events()) {
            if (event.party() != null) {
                changed.add(PartyMapper.toListed(event.party()));
            }
        }
        if (!changed.isEmpty()) {
            state.index().upsertAll(changed);
        }
        state.advancedTo(Math.max(state.listVersion(), page.lastSeq()));
        if (!changed.isEmpty()) {
            changes.fire(new PartiesChanged(List.copyOf(changed), state.listVersion()));
        }
    }

    private String describe(Exception e) {
        if (e instanceof java.net.ConnectException) {
            return "cannot connect to the registry at " + config.registry().url();
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "the registry did not answer in time";
        }
        return e.getMessage() != null ? e.getMessage() : "the registry call failed";
    }

    private void pause() {
        try {
            Thread.sleep(config.registry().retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
