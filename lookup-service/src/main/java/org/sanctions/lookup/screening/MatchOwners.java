package org.sanctions.lookup.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.index.OwnershipDerivation;
import org.sanctions.lookup.index.PartyLinks;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.screening.OwnershipViews.PartyOwnershipView;
import org.sanctions.lookup.screening.ScreeningViews.ControllerView;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;
import org.sanctions.lookup.screening.ScreeningViews.MeasureView;

/** A match as the answer shows it: with the owners and controllers of the matched party and their measures. */
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
        List<PartyLinks.Control> controls = links.controllersOf(match.party().id());
        if (controls.isEmpty()) {
            return MatchView.of(match);
        }
        LocalDate today = LocalDate.now();
        PartyOwnershipView ownership = PartyOwnershipView.of(derivation.determine(match.party().id()),
                id -> state.index().party(id).orElse(null));
        return MatchView.of(match, controls.stream().map(c -> owner(c, today)).toList(), ownership);
    }

    private ControllerView owner(PartyLinks.Control c, LocalDate today) {
        Optional<ListedParty> owner = c.ownerId() == null ? Optional.empty() : state.index().party(c.ownerId());
        List<MeasureView> measures = owner.map(p -> p.measures().stream().filter(m -> m.activeOn(today))
                .map(MeasureView::of).toList()).orElse(List.of());
        String name = owner.map(ListedParty::primaryName).orElse(c.ownerName());
        return new ControllerView(c.ownerId(), name, c.type(), c.share(), c.shareMin(), c.shareMax(),
                !measures.isEmpty(), measures);
    }
}
