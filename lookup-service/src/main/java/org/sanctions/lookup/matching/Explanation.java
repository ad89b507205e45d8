package org.sanctions.lookup.matching;

import java.util.List;

/**
 * Why a listed name scored what it did.
 *
 * @param nameScore similarity of the names alone (0..1), before attributes
 * @param queryCoverage share of the query's evidence explained by the alignment
 * @param nameCoverage share of the listed name's evidence explained by the alignment
 * @param alignments aligned token pairs
 * @param unmatchedQueryTokens query tokens with no counterpart
 * @param unmatchedNameTokens listed-name tokens with no counterpart
 * @param attributes attributes that raised or lowered the score
 * @param dropped titles, legal forms and stopwords ignored on either side
 */
public record Explanation(double nameScore, double queryCoverage, double nameCoverage,
        List<TokenAlignment> alignments, List<String> unmatchedQueryTokens, List<String> unmatchedNameTokens,
        List<AttributeEffect> attributes, List<String> dropped) {
}
