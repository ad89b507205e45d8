package org.sanctions.lookup.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parties and the holdings between them; every holding names parties of the graph. */
public final class OwnershipGraph {

    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, List<Holding>> ownersOf = new LinkedHashMap<>();

    /** Adds (or replaces) a party. */
    public OwnershipGraph party(Party party) {
        parties.put(party.id(), party);
        ownersOf.computeIfAbsent(party.id(), k -> new ArrayList<>());
        return this;
    }

    /** Adds a holding between two parties already in the graph. */
    public OwnershipGraph holding(Holding h) {
        if (!parties.containsKey(h.owner()) || !parties.containsKey(h.owned())) {
            throw new IllegalArgumentException("holding " + h.owner() + " -> " + h.owned() + " names an unknown party");
        }
        ownersOf.get(h.owned()).add(h);
        return this;
    }

    public Party party(String id) {
        Party p = parties.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no party " + id);
        }
        return p;
    }

    public Collection<Party> parties() {
        return parties.values();
    }

    /** The holdings in a party (its owners and controllers). */
    public List<Holding> ownersOf(String id) {
        return ownersOf.getOrDefault(id, List.of());
    }
}
