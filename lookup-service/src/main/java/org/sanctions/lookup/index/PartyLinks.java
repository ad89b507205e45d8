package org.sanctions.lookup.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every link of each party, in both directions, from the links the registry's parties state (either side may state
 * a link: "A owns 60% of B" is stated by A as OUTGOING or by B as INCOMING; both show it on A as OUTGOING and on B as
 * INCOMING, once). Kept current from the snapshot and the feed beside the screening index, so that a hit can name
 * its owners and controllers (issue 17, item 3) and its other links: what it owns or controls, whom it directs or
 * acts for, whom it is linked to or family of. Links that ended are left out.
 */
@ApplicationScoped
public class PartyLinks {

    private static final Set<String> CONTROL_TYPES = Set.of("OWNS", "CONTROLS");

    /**
     * One ownership or control link. {@code ownerId} is null when the owner is only named by the list
     * ({@code ownerName}).
     */
    public record Control(String ownerId, String ownerName, String type, BigDecimal share, BigDecimal shareMin,
            BigDecimal shareMax, String statedBy) {
    }

    /**
     * One link as seen from a party: {@code direction} OUTGOING when the party is the source ("this party is
     * DIRECTOR_OF the other"), INCOMING when the other party is. {@code otherId} is null when the list only names the
     * other party ({@code otherName}).
     */
    public record Link(String type, String direction, String otherId, String otherName, BigDecimal share,
            BigDecimal shareMin, BigDecimal shareMax, String statedBy) {

        /** The other party owns or controls this one. */
        public boolean isControl() {
            return "INCOMING".equals(direction) && CONTROL_TYPES.contains(type);
        }

        private String key() {
            return type + "|" + direction + "|" + (otherId != null ? otherId : "name:" + otherName);
        }
    }

    /** The links of each party, which parties' lists each stating party wrote to, and who is owned or controlled. */
    private record Links(Map<String, List<Link>> byParty, Map<String, List<String>> touchedBy, Set<String> owned) {
        static Links empty() {
            return new Links(new HashMap<>(), new HashMap<>(), new HashSet<>());
        }
    }

    private volatile Links links = Links.empty();

    /** Every link of a party, both directions, each once (both sides may state the same link). */
    public List<Link> linksOf(String partyId) {
        List<Link> all = links.byParty().getOrDefault(partyId, List.of());
        if (all.size() < 2) {
            return all;
        }
        Map<String, Link> distinct = new LinkedHashMap<>();
        for (Link l : all) {
            distinct.putIfAbsent(l.key(), l);
        }
        return List.copyOf(distinct.values());
    }

    /** The owners and controllers of a party, as its own links and its owners' links state them. */
    public List<Control> controllersOf(String partyId) {
        return linksOf(partyId).stream().filter(Link::isControl).map(l -> new Control(l.otherId(), l.otherName(),
                l.type(), l.share(), l.shareMin(), l.shareMax(), l.statedBy())).toList();
    }

    /** The parties somebody owns or controls. */
    public Set<String> ownedIds() {
        return Set.copyOf(links.owned());
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
        Links next = new Links(new HashMap<>(current.byParty()), new HashMap<>(current.touchedBy()),
                new HashSet<>(current.owned()));
        LocalDate today = LocalDate.now();
        for (RegistryParty party : parties) {
            if (party.id() == null) {
                continue;
            }
            for (String touched : next.touchedBy().getOrDefault(party.id(), List.of())) {
                List<Link> kept = next.byParty().getOrDefault(touched, List.of()).stream()
                        .filter(l -> !party.id().equals(l.statedBy())).toList();
                if (kept.isEmpty()) {
                    next.byParty().remove(touched);
                } else {
                    next.byParty().put(touched, kept);
                }
                if (kept.stream().noneMatch(Link::isControl)) {
                    next.owned().remove(touched);
                }
            }
            next.touchedBy().remove(party.id());
            add(next, party, today);
        }
        links = next;
    }

    private static void add(Links into, RegistryParty party, LocalDate today) {
        if (party.relationships() == null || party.id() == null) {
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        for (RegistryParty.Link link : party.relationships()) {
            if (link.type() == null || (link.endDate() != null && link.endDate().isBefore(today))) {
                continue;
            }
            String otherName = link.target() == null ? null : link.target().name();
            if (link.partyId() == null && otherName == null) {
                continue;
            }
            boolean incoming = "INCOMING".equals(link.direction());
            put(into, party.id(), new Link(link.type(), incoming ? "INCOMING" : "OUTGOING", link.partyId(), otherName,
                    link.share(), link.shareMin(), link.shareMax(), party.id()));
            touched.add(party.id());
            if (link.partyId() != null && !link.partyId().equals(party.id())) {
                put(into, link.partyId(), new Link(link.type(), incoming ? "OUTGOING" : "INCOMING", party.id(), null,
                        link.share(), link.shareMin(), link.shareMax(), party.id()));
                touched.add(link.partyId());
            }
        }
        if (!touched.isEmpty()) {
            into.touchedBy().put(party.id(), List.copyOf(touched));
        }
    }

    private static void put(Links into, String partyId, Link link) {
        List<Link> list = new ArrayList<>(into.byParty().getOrDefault(partyId, List.of()));
        list.add(link);
        into.byParty().put(partyId, List.copyOf(list));
        if (link.isControl()) {
            into.owned().add(partyId);
        }
    }
}
