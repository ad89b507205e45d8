package org.sanctions.lookup.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.ownership.Determination;
import org.sanctions.lookup.ownership.Holding;
import org.sanctions.lookup.ownership.Jurisdiction;
import org.sanctions.lookup.ownership.OwnershipGraph;
import org.sanctions.lookup.ownership.OwnershipRule;
import org.sanctions.lookup.ownership.Party;
import org.sanctions.lookup.ownership.Share;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.screening.OwnershipInput.Owner;
import org.sanctions.lookup.screening.OwnershipViews.JurisdictionView;
import org.sanctions.lookup.screening.OwnershipViews.OwnerView;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;

/**
 * Screens each owner of a customer's ownership structure and applies the ownership rule per jurisdiction. An owner
 * whose best match is at or above the request's threshold counts as blocked in a jurisdiction when the matched party
 * has an active asset freeze by that jurisdiction's authority (US-OFAC; EU; UK-*).
 */
@ApplicationScoped
public class OwnershipScreening {

    /** Owners in one structure, all levels together. */
    public static final int MAX_OWNERS = 200;
    /** Levels of owners above the customer. */
    public static final int MAX_DEPTH = 6;
    private static final String CUSTOMER = "customer";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final IndexState state;

    OwnershipScreening(IndexState state) {
        this.state = state;
    }

    /** The ownership answer, or null when the request carries no owners; invalid structures are a 400 problem. */
    OwnershipView screen(ScreeningRequest request, double threshold) {
        String field = request.ownership() != null ? "ownership.owners" : "owners";
        List<Owner> owners = request.ownership() != null ? request.ownership().owners() : request.owners();
        if (request.ownership() != null && request.owners() != null) {
            throw ProblemException.invalid("owners", "send either ownership.owners or owners, not both");
        }
        if (owners == null) {
            return null;
        }
        validate(owners, field);
        return evaluate(request.name(), owners, field, request, threshold);
    }

    /**
     * The ownership answer for a customer's owners screened against the current lists with no program, authority
     * or date filter (monitoring's customer records); refs in the answer start with {@code field}.
     */
    public OwnershipView screen(String customerName, List<Owner> owners, String field, double threshold) {
        validate(owners, field);
        return evaluate(customerName, owners, field, new ScreeningRequest(customerName, null, null, null, null, null,
                null, null, threshold, 1), threshold);
    }

    /**
     * Checks what annotations cannot: shares within 0..100 (min <= max), direct shares of one party adding up to at
     * most 100, the depth and the count bounds; throws a 400 problem naming the field.
     */
    public static void validate(List<Owner> owners, String field) {
        validate(owners, field, 1, new int[1]);
    }

    private OwnershipView evaluate(String customerName, List<Owner> owners, String field, ScreeningRequest filters,
            double threshold) {
        OwnershipGraph graph = new OwnershipGraph().party(Party.unlisted(CUSTOMER, customerName));
        Map<String, Match> matches = new LinkedHashMap<>();
        List<OwnerView> views = new ArrayList<>();
        add(graph, CUSTOMER, owners, field, filters, threshold, matches, views);
        Map<Jurisdiction, Determination> d = OwnershipRule.decideAll(graph, CUSTOMER);
        return new OwnershipView(view(d.get(Jurisdiction.US), matches), view(d.get(Jurisdiction.EU), matches),
                view(d.get(Jurisdiction.UK), matches), views);
    }

    private static void validate(List<Owner> owners, String field, int depth, int[] count) {
        if (depth > MAX_DEPTH) {
            throw ProblemException.invalid(field, "owners are nested deeper than " + MAX_DEPTH + " levels");
        }
        BigDecimal direct = BigDecimal.ZERO;
        for (int i = 0; i < owners.size(); i++) {
            if (++count[0] > MAX_OWNERS) {
                throw ProblemException.invalid(field, "more than " + MAX_OWNERS + " owners in all");
            }
            Owner o = owners.get(i);
            String ref = field + "[" + i + "]";
            OwnerShare s = o.share();
            if (s != null) {
                if (s.min().signum() < 0 || s.max().compareTo(HUNDRED) > 0 || s.min().compareTo(s.max()) > 0) {
                    throw ProblemException.invalid(ref + ".share", "must be between 0 and 100 (and min <= max)");
                }
                direct = direct.add(s.min());
            }
            validate(o.ownersOrEmpty(), ref + ".owners", depth + 1, count);
        }
        if (direct.compareTo(HUNDRED) > 0) {
            throw ProblemException.invalid(field, "the direct shares add up to " + direct.toPlainString()
                    + "%, more than 100%");
        }
    }

    private void add(OwnershipGraph graph, String owned, List<Owner> owners, String field, ScreeningRequest request,
            double threshold, Map<String, Match> matches, List<OwnerView> views) {
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            String ref = field + "[" + i + "]";
            Match best = bestMatch(o, ref, request, threshold);
            if (best != null) {
                matches.put(ref, best);
            }
            views.add(new OwnerView(ref, o.name(), best == null ? null : MatchView.of(best)));
            graph.party(new Party(ref, o.name(), best == null ? Map.of() : listings(best)));
            Share share = o.share() == null ? (o.control() ? Share.none() : Share.unknown())
                    : new Share(o.share().min(), o.share().max());
            graph.holding(new Holding(ref, owned, share, o.control()));
            add(graph, ref, o.ownersOrEmpty(), ref + ".owners", request, threshold, matches, views);
        }
    }

    private Match bestMatch(Owner o, String ref, ScreeningRequest r, double threshold) {
        ScreeningRequest single = new ScreeningRequest(o.name(), o.kind(), o.birthDate(), o.country(), r.programs(),
                r.authorities(), r.measureTypes(), r.asOf(), threshold, 1);
        List<Match> found = state.index().screen(QueryFactory.toQuery(single, threshold, ref + "."));
        return found.stream().filter(Match::match).findFirst().orElse(null);
    }

    /** The programs of the matched party's active asset freezes, by the jurisdiction whose authority imposed them. */
    static Map<Jurisdiction, List<String>> listings(Match m) {
        Map<Jurisdiction, List<String>> out = new EnumMap<>(Jurisdiction.class);
        for (Measure x : m.measures()) {
            Jurisdiction j = jurisdictionOf(x.authority());
            if (x.type() == MeasureType.ASSET_FREEZE && j != null) {
                out.computeIfAbsent(j, k -> new ArrayList<>()).add(x.program());
            }
        }
        return out;
    }

    static Jurisdiction jurisdictionOf(String authority) {
        return Jurisdiction.ofAuthority(authority);
    }

    private static JurisdictionView view(Determination d, Map<String, Match> matches) {
        return JurisdictionView.of(d, owner -> {
            Match m = matches.get(owner);
            return m == null ? null : m.party();
        });
    }
}
