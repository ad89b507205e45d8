package org.sanctions.lookup.matching;

/**
 * One aligned pair in an explanation: query token(s), listed-name token(s), how they matched, how much it counted.
 *
 * @param weight evidence weight of the listed token(s): rare tokens near 1, common names and particles low
 */
public record TokenAlignment(String queryToken, String nameToken, MatchMethod method, double similarity,
        double weight) {
}
