package org.sanctions.lookup.matching;

import java.util.List;

/**
 * One screening result: the party, its calibrated score, whether it clears the threshold and why.
 *
 * @param measures the party's measures that were active and selected for this screening
 */
public record Match(ListedParty party, double score, boolean match, String matchedName, NameType matchedNameType,
        List<Measure> measures, Explanation explanation) {
}
