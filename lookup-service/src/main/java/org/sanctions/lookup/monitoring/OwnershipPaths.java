package org.sanctions.lookup.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sanctions.lookup.screening.OwnershipViews.JurisdictionView;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.OwnershipViews.StepView;

/** Reads an ownership answer the way an alert needs it: which listed owners start the paths that block. */
final class OwnershipPaths {

    private static final BigDecimal NO_SHARE = BigDecimal.valueOf(-1);

    private OwnershipPaths() {
    }

    /**
     * The first step of every proving path of every jurisdiction that blocks (each a matched listed owner), one per
     * owner, the largest holding first (then by listed party id): the first is the alert's lead party.
     */
    static List<StepView> origins(OwnershipView view) {
        Map<String, StepView> byOwner = new LinkedHashMap<>();
        jurisdictions(view).filter(j -> Boolean.TRUE.equals(j.blocked())).flatMap(j -> j.paths().stream())
                .filter(p -> !p.isEmpty() && p.get(0).listedPartyId() != null)
                .forEach(p -> byOwner.putIfAbsent(p.get(0).owner(), p.get(0)));
        List<StepView> out = new ArrayList<>(byOwner.values());
        out.sort(Comparator.comparing(OwnershipPaths::share).reversed()
                .thenComparing(StepView::listedPartyId).thenComparing(StepView::owner));
        return out;
    }

    private static Stream<JurisdictionView> jurisdictions(OwnershipView view) {
        return Stream.of(view.us(), view.eu(), view.uk());
    }

    private static BigDecimal share(StepView s) {
        return s.share() == null || s.share().min() == null ? NO_SHARE : s.share().min();
    }
}
