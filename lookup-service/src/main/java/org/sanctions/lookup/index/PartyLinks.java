package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who owns or controls each listed party, from the links the registry's parties state (either side may state a
 * link: "A owns 60% of B" is stated by A as OUTGOING or by B as INCOMING). Kept current from the snapshot and the
 * feed beside the screening index, so that a hit on an entity can name its owners and controllers (issue 17,
 * item 3). Links that ended are left out; other link types (director of, linked to, family) are not ownership.
 */
@ApplicationScoped
public class PartyLinks {

    private static final Set<String> CONTROL_TYPES = Set.of("OWNS", "CONTROLS");

    /**
     * One ownership or control link. {@code ownerId} is null when the owner is only named by the list
     * ({@code ownerName}); {@code ownedId} is null likewise.
     */
    public record Control(String ownerId, String ownerName, String type, BigDecimal share, BigDecimal shareMin,
            BigDecimal shareMax, String statedBy) {
    }

    private record Links(Map<String, List<Control>> byOwned, Map<String, List<String>> ownedStatedBy) {
        static Links empty() {
            return new Links(new HashMap<>(), new HashMap<>());
        }
    }

    private volatile Links links = Links.empty();

    /** The owners and controllers of a party, as its own links and its owners' links state them. */
    public List<Control> controllersOf(String partyId) {
        List<Control> all = links.byOwned().getOrDefault(partyId, List.of());
        if (all.size() < 2) {
            return all;
        }
        Map<String, Control> distinct = new LinkedHashMap<>(); // both sides may state the same link
        for (Control c : all) {
            distinct.putIfAbsent(c.type() + "|" + (c.ownerId() != null ? c.ownerId() : "name:" + c.ownerName()), c);
        }
        return List.copyOf(distinct.values());
    }

    /** The parties somebody owns or controls. */
    public Set<String> ownedIds() {
        return Set.copyOf(links.byOwned().keySet());
    }

    /** Replaces every link with those the snapshot's parties state. */
    synchronized void replaceAll(Collection<RegistryParty> parties) {
        Links fresh = Links.empty();
        LocalDate today = LocalDate.now();
        for (RegistryParty party : parties) {
            add(fresh, party, today);
        }
        links = fresh;
    }

    /** Replaces the links the parties state (they changed in the feed); links other parties state stay. */
    synchronized void upsertAll(Collection<RegistryParty> parties) {
        Links current = links;
        Links next = new Links(new HashMap<>(current.byOwned()), new HashMap<>(current.ownedStatedBy()));
        LocalDate today = LocalDate.now();
        for (RegistryParty party : parties) {
            for (String owned : next.ownedStatedBy().getOrDefault(party.id(), List.of())) {
                List<Control> kept = next.byOwned().getOrDefault(owned, List.of()).stream()
                        .filter(c -> !party.id().equals(c.statedBy())).toList();
                if (kept.isEmpty()) {
                    next.byOwned().remove(owned);
                } else {
                    next.byOwned().put(owned, kept);
                }
            }
            next.ownedStatedBy().remove(party.id());
            add(next, party, today);
        }
        links = next;
    }

    private static void add(Links into, RegistryParty party, LocalDate today) {
        if (party.relationships() == null || party.id() == null) {
            return;
        }
        List<String> owned = new ArrayList<>();
        for (RegistryParty.Link link : party.relationships()) {
            if (link.type() == null || !CONTROL_TYPES.contains(link.type())
                    || (link.endDate() != null && link.endDate().isBefore(today))) {
                continue;
            }
            String otherName = link.target() == null ? null : link.target().name();
            boolean incoming = "INCOMING".equals(link.direction());
            String ownedId = incoming ? party.id() : link.partyId();
            if (ownedId == null) {
                continue; // a holding in a company the registry does not have: nobody screens it here
            }
            Control control = new Control(incoming ? link.partyId() : party.id(), incoming ? otherName : null,
                    link.type(), link.share(), link.shareMin(), link.shareMax(), party.id());
            if (control.ownerId() == null && control.ownerName() == null) {
                continue;
            }
            List<Control> list = new ArrayList<>(into.byOwned().getOrDefault(ownedId, List.of()));
            list.add(control);
            into.byOwned().put(ownedId, List.copyOf(list));
            owned.add(ownedId);
        }
        if (!owned.isEmpty()) {
            into.ownedStatedBy().put(party.id(), List.copyOf(owned));
        }
    }
}
