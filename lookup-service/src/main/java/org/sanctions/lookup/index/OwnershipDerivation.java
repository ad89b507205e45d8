package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.ownership.Determination;
import org.sanctions.lookup.ownership.Holding;
import org.sanctions.lookup.ownership.Jurisdiction;
import org.sanctions.lookup.ownership.OwnershipGraph;
import org.sanctions.lookup.ownership.OwnershipRule;
import org.sanctions.lookup.ownership.Party;
import org.sanctions.lookup.ownership.Share;

/**
 * Applies the ownership rule to the registry's own links (issue 17): a party that is on no list itself, but is owned
 * or controlled by listed parties so that a jurisdiction's rule blocks it, gets derived measures in the screening
 * index (the owners' programs and authorities, marked {@link Measure#derived()}). So a screening of the name of a
 * company 50% owned by a listed person finds the company, and the answer says why. The derived measures are
 * recomputed from the links and the owners' own measures whenever the feed changes a party, never stored.
 */
@ApplicationScoped
public class OwnershipDerivation {

    private static final Logger LOG = Logger.getLogger(OwnershipDerivation.class);
    /** Levels of owners above a party that the rule looks at. */
    static final int MAX_DEPTH = 6;
    /** Parties in one graph, all levels together. */
    static final int MAX_PARTIES = 200;
    private static final String NAMED = "name:";

    private final PartyLinks links;
    private final IndexState state;
    /** Parties that carry derived measures in the index now. */
    private final Set<String> derivedNow = new HashSet<>();

    OwnershipDerivation(PartyLinks links, IndexState state) {
        this.links = links;
        this.state = state;
    }

    /**
     * The rule's answer per jurisdiction for a party in the index, or empty when nobody owns or controls it. The
     * party's own listing is left out, so that the answer says whether its owners alone block it, with the path,
     * also for a party that is listed itself.
     */
    public Map<Jurisdiction, Determination> determine(String partyId) {
        OwnershipGraph graph = graphAbove(partyId, this::indexed, true);
        return graph == null ? Map.of() : OwnershipRule.decideAll(graph, partyId);
    }

    /**
     * The parties to write into the index: each party of the page with its derived measures, and every other party
     * whose derived measures change because of the page (an owner listed, revoked or re-linked). The links must
     * already include the page's. With an empty page (after a snapshot), only parties whose derived measures differ
     * from the index's are returned.
     */
    synchronized List<ListedParty> derive(Collection<ListedParty> page) {
        long start = System.nanoTime();
        Map<String, ListedParty> pending = new LinkedHashMap<>();
        page.forEach(p -> pending.put(p.id(), withOwnMeasures(p)));
        Function<String, Optional<ListedParty>> lookup = id -> pending.containsKey(id)
                ? Optional.of(pending.get(id)) : indexed(id);
        Set<String> candidates = new java.util.LinkedHashSet<>(pending.keySet());
        candidates.addAll(links.ownedIds());
        candidates.addAll(derivedNow);
        Map<String, ListedParty> out = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        for (String id : candidates) {
            Optional<ListedParty> found = lookup.apply(id);
            if (found.isEmpty()) {
                derivedNow.remove(id);
                continue;
            }
            ListedParty party = found.get();
            List<Measure> own = party.measures().stream().filter(m -> !m.derived()).toList();
            List<Measure> derived = derivedMeasures(id, lookup, today);
            if (pending.containsKey(id) || !derivedOf(party).equals(derived)) {
                List<Measure> all = new ArrayList<>(own);
                all.addAll(derived);
                out.put(id, new ListedParty(party.id(), party.kind(), party.version(), party.names(),
                        party.birthDates(), party.nationalities(), party.sources(), List.copyOf(all)));
            }
            if (derived.isEmpty()) {
                derivedNow.remove(id);
            } else {
                derivedNow.add(id);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > 100) {
            LOG.infof("ownership rule over %d candidate parties took %d ms", candidates.size(), ms);
        }
        return List.copyOf(out.values());
    }

    /** Forgets which parties carried derived measures: the index was replaced by a snapshot without them. */
    synchronized void reset() {
        derivedNow.clear();
    }

    /** The party's derived measures. */
    static List<Measure> derivedOf(ListedParty party) {
        return party.measures().stream().filter(Measure::derived).toList();
    }

    private static ListedParty withOwnMeasures(ListedParty p) {
        if (p.measures().stream().noneMatch(Measure::derived)) {
            return p;
        }
        return new ListedParty(p.id(), p.kind(), p.version(), p.names(), p.birthDates(), p.nationalities(),
                p.sources(), p.measures().stream().filter(m -> !m.derived()).toList());
    }

    /** One derived measure per owner program and authority that blocks the party under a jurisdiction's rule. */
    private List<Measure> derivedMeasures(String id, Function<String, Optional<ListedParty>> lookup,
            LocalDate today) {
        OwnershipGraph graph = graphAbove(id, lookup, false);
        if (graph == null) {
            return List.of();
        }
        Map<String, Measure> out = new LinkedHashMap<>();
        for (Map.Entry<Jurisdiction, Determination> e : OwnershipRule.decideAll(graph, id).entrySet()) {
            Jurisdiction j = e.getKey();
            if (!Boolean.TRUE.equals(e.getValue().blocked()) || graph.party(id).listedUnder(j)) {
                continue; // not blocked, or blocked by its own listing: nothing to derive
            }
            for (List<Determination.Step> path : e.getValue().paths()) {
                if (path.isEmpty()) {
                    continue;
                }
                Determination.Step top = path.get(0);
                Optional<ListedParty> owner = top.owner().startsWith(NAMED) ? Optional.empty()
                        : lookup.apply(top.owner());
                for (Measure m : owner.map(ListedParty::measures).orElse(List.of())) {
                    if (!m.derived() && m.type() == MeasureType.ASSET_FREEZE && m.activeOn(today)
                            && Jurisdiction.ofAuthority(m.authority()) == j
                            && top.ownerPrograms().contains(m.program())) {
                        out.merge(m.program() + "|" + m.authority(), new Measure(m.program(),
                                MeasureType.ASSET_FREEZE, m.authority(), m.listedDate(), MeasureStatus.ACTIVE, null,
                                true), OwnershipDerivation::later);
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Of two derivations of one program, the one in force later (an as-of screening before it sees neither). */
    private static Measure later(Measure a, Measure b) {
        if (a.listedDate() == null) {
            return b;
        }
        return b.listedDate() != null && b.listedDate().isAfter(a.listedDate()) ? b : a;
    }

    /**
     * The party and everyone above it through ownership and control links, bounded in depth and size; null when
     * nobody owns or controls it. Each node is listed in a jurisdiction by its own asset freezes in force today; the
     * party itself counts as unlisted when {@code ownersOnly}.
     */
    private OwnershipGraph graphAbove(String id, Function<String, Optional<ListedParty>> lookup,
            boolean ownersOnly) {
        if (links.controllersOf(id).isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now();
        Party target = node(id, lookup.apply(id), null, today);
        OwnershipGraph graph = new OwnershipGraph().party(ownersOnly ? Party.unlisted(id, target.name()) : target);
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {id, "0"});
        Set<String> seen = new HashSet<>(Set.of(id));
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            int depth = Integer.parseInt(next[1]);
            if (depth >= MAX_DEPTH) {
                continue;
            }
            for (PartyLinks.Control c : links.controllersOf(next[0])) {
                String ownerId = c.ownerId() != null ? c.ownerId() : NAMED + c.ownerName();
                if (!seen.contains(ownerId)) {
                    if (seen.size() >= MAX_PARTIES) {
                        continue;
                    }
                    seen.add(ownerId);
                    graph.party(node(ownerId, c.ownerId() == null ? Optional.empty() : lookup.apply(c.ownerId()),
                            c.ownerName(), today));
                    if (c.ownerId() != null) {
                        queue.add(new String[] {ownerId, Integer.toString(depth + 1)});
                    }
                }
                boolean controls = "CONTROLS".equals(c.type());
                graph.holding(new Holding(ownerId, next[0], controls ? Share.none() : share(c), controls));
            }
        }
        return graph;
    }

    private static Party node(String id, Optional<ListedParty> party, String name, LocalDate today) {
        Map<Jurisdiction, List<String>> listed = new EnumMap<>(Jurisdiction.class);
        party.ifPresent(p -> p.measures().stream()
                .filter(m -> !m.derived() && m.type() == MeasureType.ASSET_FREEZE && m.activeOn(today))
                .forEach(m -> {
                    Jurisdiction j = Jurisdiction.ofAuthority(m.authority());
                    if (j != null) {
                        listed.computeIfAbsent(j, k -> new ArrayList<>()).add(m.program());
                    }
                }));
        String display = party.map(ListedParty::primaryName).orElse(Objects.requireNonNullElse(name, id));
        return new Party(id, display, listed);
    }

    /** The link's share; a share the rule cannot use (out of 0-100, one bound only) counts as unknown. */
    private static Share share(PartyLinks.Control c) {
        try {
            if (c.share() != null) {
                return new Share(c.share(), c.share());
            }
            if (c.shareMin() != null || c.shareMax() != null) {
                return new Share(c.shareMin() == null ? BigDecimal.ZERO : c.shareMin(),
                        c.shareMax() == null ? new BigDecimal("100") : c.shareMax());
            }
        } catch (IllegalArgumentException e) {
            return Share.unknown();
        }
        return Share.unknown();
    }

    private Optional<ListedParty> indexed(String id) {
        return state.index().party(id);
    }
}
