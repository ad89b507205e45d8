package org.sanctions.lookup.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.OwnershipDerivation;
import org.sanctions.lookup.index.PartyLinks;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.screening.OwnershipViews.PartyOwnershipView;
import org.sanctions.lookup.screening.ScreeningViews.ControllerView;
import org.sanctions.lookup.screening.ScreeningViews.LinkView;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;
import org.sanctions.lookup.screening.ScreeningViews.MeasureView;

/**
 * A match as the answer shows it: with the owners and controllers of the matched party and its other links (what it
 * owns or controls, director, acts-for, linked-to and family links), each with the other party's measures in force.
 */
@ApplicationScoped
class MatchOwners {

    private final PartyLinks links;
    private final IndexState state;
    private final OwnershipDerivation derivation;

    MatchOwners(PartyLinks links, IndexState state, OwnershipDerivation derivation) {
        this.links = links;
        this.state = state;
        this.derivation = derivation;
    }

    MatchView view(Match match) {
        List<PartyLinks.Link> all = links.linksOf(match.party().id());
        if (all.isEmpty()) {
            return MatchView.of(match);
        }
        LocalDate today = LocalDate.now();
        List<ControllerView> owners = links.controllersOf(match.party().id()).stream()
                .map(c -> owner(c, today)).toList();
        PartyOwnershipView ownership = owners.isEmpty() ? null : PartyOwnershipView.of(
                derivation.determine(match.party().id()), id -> state.index().party(id).orElse(null));
        List<LinkView> others = all.stream().filter(l -> !l.isControl()).map(l -> link(l, today))
                .sorted(Comparator.comparing(LinkView::listed).reversed()).toList(); // listed first, else as stated
        boolean truncated = others.size() > MatchView.MAX_LINKS;
        return MatchView.of(match, owners, ownership, truncated ? others.subList(0, MatchView.MAX_LINKS) : others,
                truncated);
    }

    private ControllerView owner(PartyLinks.Control c, LocalDate today) {
        Other other = other(c.ownerId(), c.ownerName(), today);
        return new ControllerView(c.ownerId(), other.name(), c.type(), c.share(), c.shareMin(), c.shareMax(),
                !other.measures().isEmpty(), other.measures());
    }

    private LinkView link(PartyLinks.Link l, LocalDate today) {
        Other other = other(l.otherId(), l.otherName(), today);
        return new LinkView(l.type(), l.direction(), l.otherId(), other.name(), l.share(), l.shareMin(),
                l.shareMax(), !other.measures().isEmpty(), other.measures());
    }

    /** The other party of a link: its primary name (or the name the list gives) and its measures in force. */
    private Other other(String id, String publishedName, LocalDate today) {
        Optional<ListedParty> party = id == null ? Optional.empty() : state.index().party(id);
        List<MeasureView> measures = party.map(p -> p.measures().stream().filter(m -> m.activeOn(today))
                .map(MeasureView::of).toList()).orElse(List.of());
        return new Other(party.map(ListedParty::primaryName).orElse(publishedName), measures);
    }

    private record Other(String name, List<MeasureView> measures) {
    }
}
