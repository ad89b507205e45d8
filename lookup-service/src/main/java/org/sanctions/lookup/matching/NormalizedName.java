package org.sanctions.lookup.matching;

import java.util.List;

/**
 * A name after normalisation: its tokens in source order, the legal form found (if any), the titles dropped.
 *
 * @param original the name as given
 * @param tokens tokens that identify (legal forms, titles and stopwords removed)
 * @param legalForm canonical legal form class (llc, jsc, ltd...) or null
 * @param dropped honorifics, titles and stopwords removed, for the explanation
 */
public record NormalizedName(String original, List<NameToken> tokens, String legalForm, List<String> dropped) {

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
