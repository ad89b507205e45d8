package org.sanctions.lookup.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Precomputed comparison keys of one distinct token text.
 *
 * @param text the token
 * @param variantGroup given-name variant group or -1
 * @param metaphone Double Metaphone primary code (empty for non-alphabetic tokens)
 * @param metaphoneAlt Double Metaphone alternate code
 * @param skeleton consonant skeleton, the key that survives vowel-less scripts (mhmd, hsn)
 * @param common a very common given name or surname
 */
public record TokenFeatures(String text, int variantGroup, String metaphone, String metaphoneAlt, String skeleton,
        boolean common) {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static TokenFeatures of(String text, Lexicon lexicon) {
        boolean alphabetic = text.chars().allMatch(c -> c >= 'a' && c <= 'z');
        String dm = alphabetic && text.length() >= 2 ? METAPHONE.doubleMetaphone(text) : "";
        String dmAlt = alphabetic && text.length() >= 2 ? METAPHONE.doubleMetaphone(text, true) : "";
        return new TokenFeatures(text, lexicon.variantGroup(text), dm, dmAlt, alphabetic ? skeleton(text) : "",
                lexicon.isCommon(text));
    }

    /**
     * Consonants only, doubled letters collapsed, q as k, p as b and v as f (Arabic writes Putin and Vladimir with
     * b and f): Muhammad, Mohamed and romanised Arabic mhmd agree.
     */
    /** The skeleton when w stands for v, as the letter waw does in Hebrew and Persian (dwd is David). */
    static String skeletonReadingWasV(String text) {
        return skeleton(text.replace('w', 'v'));
    }

    static String skeleton(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w') {
                continue;
            }
            c = c == 'q' ? 'k' : c == 'p' ? 'b' : c == 'v' ? 'f' : c;
            if (c != last) {
                sb.append(c);
            }
            last = c;
        }
        return sb.toString();
    }
}
