package org.sanctions.lookup.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * Screens a customer against the listed parties, each of its names, best match per party. Every alert score comes
 * from this one direction, whichever side changed, so a pair scores the same on upload and on a list change.
 */
public final class CustomerScreener {

    private static final int LIMIT = 100;

    private CustomerScreener() {
    }

    /** The customer's matches at or above the threshold, best per listed party. */
    public static Collection<Match> screen(ScreeningIndex lists, Customer customer, double threshold) {
        Map<String, Match> best = new HashMap<>();
        PartialDate birth = customer.birthDate() == null ? null : PartialDate.parse(customer.birthDate());
        for (String name : customer.names()) {
            ScreeningQuery query = new ScreeningQuery(name, customer.kind(), birth, customer.nationality(), Set.of(),
                    Set.of(), Set.of(), null, threshold, LIMIT);
            for (Match m : lists.screen(query)) {
                best.merge(m.party().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values();
    }

    /** The customer's match with one listed party, if it clears the threshold. */
    public static List<Match> screenAgainst(ScreeningIndex lists, Customer customer, String partyId, double threshold) {
        return screen(lists, customer, threshold).stream().filter(m -> m.party().id().equals(partyId)).toList();
    }
}
