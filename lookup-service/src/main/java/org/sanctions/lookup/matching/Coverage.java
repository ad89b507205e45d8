package org.sanctions.lookup.matching;

import java.util.List;

/** How much of the query and of the listed name an alignment explains, with partial names and substitutions. */
final class Coverage {

    /** Unmatched query weight still read as "the whole query matched": a particle or an initial. */
    private static final double PARTIAL_QUERY_SLACK = 0.2;

    /**
     * The weights an alignment leaves on each side.
     *
     * @param matched evidence: similarity times the weaker side's weight, summed over the pairs
     * @param alignedWeight the pairs' weights (weaker side)
     * @param unalignedQuery weight of the query tokens left unmatched
     * @param nameMatched similarity times the listed tokens' own weights, summed over the pairs
     * @param nameTotal weight of the whole listed name
     * @param unalignedName weight of the listed tokens left unmatched
     * @param firstNameTokenMatched whether the listed name's first token is aligned
     */
    record Sides(double matched, double alignedWeight, double unalignedQuery, double nameMatched, double nameTotal,
            double unalignedName, boolean firstNameTokenMatched) {
    }

    private Coverage() {
    }

    static NameScorer.Scored of(ScoringWeights weights, Sides s, List<NameScorer.Pair> pairs) {
        double queryDenominator = s.alignedWeight() + s.unalignedQuery();
        double queryCoverage = queryDenominator == 0 ? 0 : s.matched() / queryDenominator;
        // a query wholly found in a longer listed name is a partial name (payments write "Raymond Siu" for SIU,
        // Chak-yee Raymond): the listed tokens it leaves out are omissions and count less than mismatches. A partial
        // name keeps the listed name's first token (the surname of "SIU, Chak-yee", the given name of "Raymond Siu
        // Chak-yee"): without it, "Usama bin Laden" inside "Hamza Usama Muhammad bin Laden" names the father
        boolean partial = s.unalignedQuery() <= PARTIAL_QUERY_SLACK && s.firstNameTokenMatched();
        double omitted = partial ? (1 - weights.omissionFactor()) * s.unalignedName() : 0;
        double nameDenominator = s.nameTotal() - omitted;
        double nameCoverage = nameDenominator <= 0 ? 0 : s.nameMatched() / nameDenominator;
        double coverage = weights.queryCoverageShare() * queryCoverage
                + (1 - weights.queryCoverageShare()) * Math.min(1.0, nameCoverage);
        // a token left over on both sides is a substitution (Ahmed where the list says Mohamed), not an omission
        double conflict = Math.min(1.0, Math.min(s.unalignedQuery(), s.unalignedName()));
        coverage *= 1 - weights.conflictPenalty() * conflict;
        return new NameScorer.Scored(coverage, queryCoverage, nameCoverage, s.matched(), pairs);
    }
}
