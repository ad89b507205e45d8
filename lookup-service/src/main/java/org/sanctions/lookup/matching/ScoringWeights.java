package org.sanctions.lookup.matching;

/**
 * The tunable constants of the scorer, chosen with the evaluation tool (see lookup-service/README.md).
 *
 * @param threshold default match threshold
 * @param queryCoverageShare weight of query coverage against listed-name coverage
 * @param evidenceScale evidence (sum of aligned token weights) at which the name score reaches 63% of its cap
 * @param fullNameEvidenceShare the scale shrinks to this share of the party's richest name (all-common names)
 * @param conflictPenalty share of the score lost when both names keep an unmatched token (a substitution)
 * @param omissionFactor weight of the listed name's unmatched tokens when the query is wholly matched (a partial name)
 * @param uncorroboratedCap highest score a name alone can reach: nothing but a name is never a certainty
 * @param commonFactor weight of a very common given name or surname relative to a rare token
 * @param particleFactor weight of al, bin, van, de...
 * @param initialFactor weight of an initial
 * @param patronymicFactor weight of a patronymic
 * @param weakAliasFactor multiplier for names the list marks as weak aliases
 * @param birthYearAgrees added when the birth year agrees
 * @param birthDateAgrees added when the full birth date agrees
 * @param birthYearContradicts subtracted when the birth year is off by more than the tolerance
 * @param nationalityAgrees added when the nationality agrees
 * @param nationalityContradicts subtracted when the list gives other nationalities only
 * @param kindContradicts subtracted when the kind differs (a person against a vessel)
 */
public record ScoringWeights(double threshold, double queryCoverageShare, double evidenceScale,
        double fullNameEvidenceShare, double conflictPenalty, double omissionFactor,
        double uncorroboratedCap, double commonFactor, double particleFactor, double initialFactor,
        double patronymicFactor, double weakAliasFactor, double birthYearAgrees, double birthDateAgrees,
        double birthYearContradicts, double nationalityAgrees, double nationalityContradicts, double kindContradicts) {

    /** The defaults tuned on the labelled sets (tuning split), see the evaluation report. */
    public static ScoringWeights defaults() {
        return new ScoringWeights(0.66, 0.6, 0.45, 0.5, 0.3, 0.5, 0.9, 0.35, 0.15, 0.25, 0.35, 0.95, 0.06, 0.1, 0.2,
                0.04, 0.06, 0.3);
    }

    public ScoringWeights withThreshold(double newThreshold) {
        return new ScoringWeights(newThreshold, queryCoverageShare, evidenceScale, fullNameEvidenceShare,
                conflictPenalty, omissionFactor,
                uncorroboratedCap, commonFactor,
                particleFactor, initialFactor, patronymicFactor, weakAliasFactor, birthYearAgrees, birthDateAgrees,
                birthYearContradicts, nationalityAgrees, nationalityContradicts, kindContradicts);
    }
}
