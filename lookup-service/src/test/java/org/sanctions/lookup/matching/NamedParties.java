package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Listed parties made from a name alone, and small indexes of one party among look-alikes, for name tests. */
final class NamedParties {

    private NamedParties() {
    }

    /** A party with one primary name and an active asset freeze; the id follows the name, so reruns agree. */
    static ListedParty listed(String name, Kind kind) {
        return new ListedParty("TEST-" + Integer.toHexString(name.hashCode()), kind, 1,
                List.of(new ListedName(name, NameType.PRIMARY)), List.of(), Set.of(),
                List.of(new SourceRef("TEST", "LIST", "1")),
                List.of(new Measure("TEST-PROGRAM", MeasureType.ASSET_FREEZE, "TEST", null, MeasureStatus.ACTIVE,
                        null)));
    }

    /** The party among others of the same kind, so that it must win on its own name. */
    static ScreeningIndex indexWith(ListedParty party, String... others) {
        List<ListedParty> parties = new ArrayList<>();
        parties.add(party);
        for (String other : others) {
            parties.add(listed(other, party.kind()));
        }
        ScreeningIndex index = new ScreeningIndex(ScoringWeights.defaults());
        index.replaceAll(parties);
        return index;
    }

    /** The best match of a query at any score; fails when there is none. */
    static Match top(ScreeningIndex index, String query) {
        List<Match> matches = index.screen(ScreeningQuery.byName(query, 0));
        assertThat(matches).as("matches of %s", query).isNotEmpty();
        return matches.get(0);
    }

    /** The party is the best match of the query and reaches the default threshold. */
    static void assertFinds(ScreeningIndex index, String query, ListedParty party) {
        Match top = top(index, query);
        assertThat(top.party().id()).as("%s -> %s", query, party.names().get(0).fullName()).isEqualTo(party.id());
        assertThat(top.score()).as("%s -> %s: %s", query, party.names().get(0).fullName(), top.explanation())
                .isGreaterThanOrEqualTo(ScoringWeights.defaults().threshold());
    }

    /** The query does not alert on the party at the default threshold. */
    static void assertNoAlert(ScreeningIndex index, String query, ListedParty party) {
        assertThat(index.screen(ScreeningQuery.byName(query, ScoringWeights.defaults().threshold())))
                .as("%s -> %s: %s", query, party.names().get(0).fullName(),
                        index.screen(ScreeningQuery.byName(query, 0)))
                .noneMatch(m -> m.party().id().equals(party.id()) && m.match());
    }

    /** The party's score for the query, 0 when it is not among the matches. */
    static double scoreOf(ScreeningIndex index, String query, ListedParty party) {
        return index.screen(ScreeningQuery.byName(query, 0)).stream().filter(m -> m.party().id().equals(party.id()))
                .mapToDouble(Match::score).findFirst().orElse(0);
    }
}
