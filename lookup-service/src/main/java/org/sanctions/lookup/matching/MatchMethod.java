package org.sanctions.lookup.matching;

/** How a query token was aligned with a listed-name token. */
public enum MatchMethod {
    EXACT, TRANSLITERATION, VARIANT, JOINED, EDIT_DISTANCE, PHONETIC, INITIAL
}
