package org.sanctions.lookup.ownership;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.lookup.ownership.Determination.Step;
import org.sanctions.lookup.ownership.Share.Valuation;

/**
 * Decides whether an entity is blocked through its owners and controllers under one jurisdiction, with the path that
 * proves it.
 *
 * <p>Blocking spreads in rounds from the listed parties: in each round every party not yet blocked whose blocked
 * owners (listed, or blocked in an earlier round) reach the jurisdiction's threshold, or, where control counts, which
 * a blocked party controls, becomes blocked. A blocked intermediary counts with its whole holding (OFAC FAQ 401:
 * "through another entity or entities that are 50 percent or more owned"), an unblocked one with nothing. This least
 * fixed point needs no recursion, ends after at most one round per party, and on a cycle blocks only what traces back
 * to a listed party: a cycle alone never blocks and never loops. Three passes separate what is proven (lower bounds,
 * unknown shares as 0), what a missing share could change (unknown as 100%: then the answer is undetermined), and what
 * the upper bounds of ranges would change (reported, the answer stays "not blocked").
 */
public final class OwnershipRule {

    private static final int MAX_PATHS = 50;
    private static final int MAX_PATH_WORK = 10_000;

    private OwnershipRule() {
    }

    public static Determination decide(OwnershipGraph graph, String target, Jurisdiction j) {
        graph.party(target);
        List<List<String>> cycles = Cycles.above(graph, target);
        List<String> notes = new ArrayList<>();
        if (!cycles.isEmpty()) {
            notes.add("ownership cycle among the owners " + cycles + ": only holdings that trace back to a listed"
                    + " party count");
        }
        Map<String, Integer> proven = rounds(graph, j, Valuation.PROVEN);
        BigDecimal share = blockedHolding(graph, target, j, Valuation.PROVEN, proven);
        if (proven.containsKey(target)) {
            boolean viaControl = !graph.party(target).listedUnder(j) && !j.reaches(share);
            return new Determination(j, true, share, false, viaControl, paths(graph, target, j, proven), cycles,
                    notes);
        }
        Map<String, Integer> possible = rounds(graph, j, Valuation.MISSING_HIGH);
        if (possible.containsKey(target)) {
            missingShares(graph, possible, notes);
            return new Determination(j, null, share, false, false, List.of(), cycles, notes);
        }
        boolean upper = rounds(graph, j, Valuation.RANGE_HIGH).containsKey(target);
        if (upper) {
            notes.add("not blocked on the lower bounds of the share ranges, but the upper bounds would block");
        }
        return new Determination(j, false, share, upper, false, List.of(), cycles, notes);
    }

    /** Decides under every jurisdiction. */
    public static Map<Jurisdiction, Determination> decideAll(OwnershipGraph graph, String target) {
        Map<Jurisdiction, Determination> out = new LinkedHashMap<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            out.put(j, decide(graph, target, j));
        }
        return out;
    }

    /** The round in which each blocked party became blocked (0: listed). */
    static Map<String, Integer> rounds(OwnershipGraph graph, Jurisdiction j, Valuation v) {
        Map<String, Integer> round = new HashMap<>();
        graph.parties().stream().filter(p -> p.listedUnder(j)).forEach(p -> round.put(p.id(), 0));
        for (int r = 1;; r++) {
            List<String> added = new ArrayList<>();
            for (Party p : graph.parties()) {
                if (!round.containsKey(p.id()) && qualifies(graph, p.id(), j, v, round)) {
                    added.add(p.id());
                }
            }
            if (added.isEmpty()) {
                return round;
            }
            for (String id : added) {
                round.put(id, r);
            }
        }
    }

    private static boolean qualifies(OwnershipGraph graph, String id, Jurisdiction j, Valuation v,
            Map<String, Integer> blocked) {
        if (j.countsControl() && graph.ownersOf(id).stream()
                .anyMatch(h -> h.controls() && blocked.containsKey(h.owner()))) {
            return true;
        }
        return j.reaches(blockedHolding(graph, id, j, v, blocked));
    }

    /** The blocked owners' holding in {@code id}: their sum where the jurisdiction aggregates, else the largest. */
    private static BigDecimal blockedHolding(OwnershipGraph graph, String id, Jurisdiction j, Valuation v,
            Map<String, Integer> blocked) {
        Map<String, BigDecimal> byOwner = byOwner(graph, id, v, blocked);
        return j.aggregates() ? byOwner.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : byOwner.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private static Map<String, BigDecimal> byOwner(OwnershipGraph graph, String id, Valuation v,
            Map<String, Integer> blocked) {
        Map<String, BigDecimal> byOwner = new LinkedHashMap<>();
        for (Holding h : graph.ownersOf(id)) {
            if (blocked.containsKey(h.owner())) {
                byOwner.merge(h.owner(), h.share().value(v), BigDecimal::add);
            }
        }
        return byOwner;
    }

    private static void missingShares(OwnershipGraph graph, Map<String, Integer> possible, List<String> notes) {
        for (Party p : graph.parties()) {
            for (Holding h : graph.ownersOf(p.id())) {
                if (!h.share().known() && possible.containsKey(h.owner()) && possible.containsKey(p.id())) {
                    notes.add("cannot tell: the share of " + graph.party(h.owner()).name() + " in "
                            + p.name() + " is unknown and could reach the threshold");
                }
            }
        }
    }

    /** Paths from listed parties down to the target through holdings that justify each blocking. */
    private static List<List<Step>> paths(OwnershipGraph graph, String target, Jurisdiction j,
            Map<String, Integer> proven) {
        List<List<Step>> out = new ArrayList<>();
        Deque<Map.Entry<String, List<Step>>> work = new ArrayDeque<>();
        work.push(Map.entry(target, List.of()));
        int steps = 0;
        while (!work.isEmpty() && out.size() < MAX_PATHS && steps++ < MAX_PATH_WORK) {
            Map.Entry<String, List<Step>> e = work.pop();
            if (proven.get(e.getKey()) == 0 && !e.getValue().isEmpty()) {
                out.add(e.getValue());
                continue;
            }
            for (Holding h : justifying(graph, e.getKey(), j, proven)) {
                List<Step> longer = new ArrayList<>(e.getValue().size() + 1);
                longer.add(step(graph, h, j));
                longer.addAll(e.getValue());
                work.push(Map.entry(h.owner(), longer));
            }
        }
        return out;
    }

    /** The holdings of parties blocked in an earlier round that count towards blocking {@code id}. */
    private static List<Holding> justifying(OwnershipGraph graph, String id, Jurisdiction j,
            Map<String, Integer> proven) {
        int round = proven.get(id);
        Map<String, BigDecimal> byOwner = byOwner(graph, id, Valuation.PROVEN, proven);
        List<Holding> out = new ArrayList<>();
        for (Holding h : graph.ownersOf(id)) {
            Integer ownerRound = proven.get(h.owner());
            if (ownerRound == null || ownerRound >= round) {
                continue;
            }
            boolean byControl = h.controls() && j.countsControl();
            boolean byShare = h.share().value(Valuation.PROVEN).signum() > 0
                    && (j.aggregates() || j.reaches(byOwner.get(h.owner())));
            if (byControl || byShare) {
                out.add(h);
            }
        }
        return out;
    }

    private static Step step(OwnershipGraph graph, Holding h, Jurisdiction j) {
        Party owner = graph.party(h.owner());
        return new Step(owner.id(), owner.name(), h.owned(), graph.party(h.owned()).name(), h.share(), h.controls(),
                owner.programs(j));
    }
}
