package org.sanctions.lookup.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Selects the measures active on the screening date and in the requested programs, authorities and types. */
final class MeasureFilter {

    private final ScreeningQuery query;
    private final LocalDate day;

    MeasureFilter(ScreeningQuery query, LocalDate today) {
        this.query = query;
        this.day = query.asOf() == null ? today : query.asOf();
    }

    /** The selected measures; empty means the party is not screened against. */
    List<Measure> select(ListedParty party) {
        List<Measure> out = new ArrayList<>(party.measures().size());
        for (Measure m : party.measures()) {
            if (m.activeOn(day) && (query.programs().isEmpty() || query.programs().contains(m.program()))
                    && (query.authorities().isEmpty() || query.authorities().contains(m.authority()))
                    && (query.measureTypes().isEmpty() || query.measureTypes().contains(m.type()))) {
                out.add(m);
            }
        }
        return out;
    }
}
