package org.sanctions.lookup.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.sanctions.lookup.config.LookupConfig;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.NameNormalizer;

/**
 * Loads the index from the registry snapshot, then follows the change feed by long-poll so a registry write is
 * screenable within a second. When the registry is unreachable it keeps the last state and retries. It runs as one
 * long-running task on the managed executor, started on StartupEvent and interrupted on ShutdownEvent.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);

    private final RegistryClient registry;
    private final IndexState state;
    private final LookupConfig config;
    private final Event<PartiesChanged> changes;
    private final Event<IndexLoaded> loaded;
    private final ManagedExecutor executor;
    private final ListSources sources;
    private final PartyLinks links;
    private final OwnershipDerivation derivation;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Future<?> loop;

    FeedFollower(RegistryClient registry, IndexState state, LookupConfig config, Event<PartiesChanged> changes,
            Event<IndexLoaded> loaded, ManagedExecutor executor, ListSources sources, PartyLinks links,
            OwnershipDerivation derivation) {
        this.derivation = derivation;
        this.sources = sources;
        this.links = links;
        this.registry = registry;
        this.state = state;
        this.config = config;
        this.changes = changes;
        this.loaded = loaded;
        this.executor = executor;
    }

    void start(@Observes StartupEvent event) {
        NameNormalizer.warmUp();
        loop = executor.submit(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.countDown();
        if (loop != null) {
            loop.cancel(true); // ends a long poll in progress
        }
    }

    private void run() {
        while (stopped.getCount() > 0) {
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
                if (pausedUntilStopped()) {
                    return;
                }
            }
        }
    }

    private void loadSnapshot() throws Exception {
        long start = System.nanoTime();
        List<ListedParty> parties = new ArrayList<>();
        List<RegistryParty> linked = new ArrayList<>();
        long seq = registry.snapshot(p -> {
            parties.add(PartyMapper.toListed(p));
            if (p.relationships() != null && !p.relationships().isEmpty()) {
                linked.add(p);
            }
        }, sources::loaded);
        state.index().replaceAll(parties);
        links.replaceAll(linked);
        derivation.reset();
        List<ListedParty> derived = derivation.derive(List.of());
        state.index().upsertAll(derived);
        state.loadedAt(seq);
        LOG.infof("index loaded from registry snapshot: %d parties at seq %d in %d ms (%d blocked through owners)",
                parties.size(), seq, (System.nanoTime() - start) / 1_000_000, derived.size());
        loaded.fire(new IndexLoaded(seq));
    }

    /** Applies one page of events; package-visible for tests of the feed logic. */
    void apply(ChangePage page) {
        List<ListedParty> changed = new ArrayList<>();
        List<RegistryParty> wire = new ArrayList<>();
        sources.apply(page.events() == null ? List.of() : page.events());
        for (ChangePage.Event event : page.events() == null ? List.<ChangePage.Event>of() : page.events()) {
            if (event.party() != null) {
                changed.add(PartyMapper.toListed(event.party()));
                wire.add(event.party());
            }
        }
        List<ListedParty> written = List.of();
        if (!changed.isEmpty()) {
            links.upsertAll(wire);
            // the page's parties with the blocks their owners extend to them, and every party whose derived
            // measures the page changed (an owner listed or revoked, a link added or ended)
            written = derivation.derive(changed);
            state.index().upsertAll(written);
        }
        state.advancedTo(Math.max(state.listVersion(), page.lastSeq()));
        if (!written.isEmpty()) {
            changes.fire(new PartiesChanged(written, state.listVersion()));
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : "the registry call failed";
    }

    /** Waits the retry delay; true when the service stopped meanwhile. */
    private boolean pausedUntilStopped() {
        try {
            return stopped.await(config.registry().retryDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
