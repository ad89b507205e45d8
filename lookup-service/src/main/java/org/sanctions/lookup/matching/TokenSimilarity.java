package org.sanctions.lookup.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Similarity of two name tokens in 0..1 and the method that produced it; below MIN the tokens do not align. */
public final class TokenSimilarity {

    /** Best similarity and how it was reached. */
    public record Result(float similarity, MatchMethod method) {
    }

    /** Similarities below this are not alignments. */
    public static final float MIN = 0.70f;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);

    private TokenSimilarity() {
    }

    /**
     * Compares a query token with a listed token; vowelless marks a query token romanised from Arabic/Hebrew/Thai,
     * syllabic one romanised from Han (only exact spellings and the variant table apply).
     */
    public static Result compare(TokenFeatures q, TokenFeatures n, boolean vowelless, boolean transliterated,
            boolean syllabic) {
        return compare(q, n, vowelless, transliterated, syllabic, false);
    }

    /**
     * As {@link #compare(TokenFeatures, TokenFeatures, boolean, boolean, boolean)}; nameVowelless marks a listed
     * token romanised from Arabic script, met by a Latin query token (the list writes the name in Arabic).
     */
    public static Result compare(TokenFeatures q, TokenFeatures n, boolean vowelless, boolean transliterated,
            boolean syllabic, boolean nameVowelless) {
        if (q.text().equals(n.text())) {
            return new Result(transliterated ? 0.97f : 1f, transliterated ? MatchMethod.TRANSLITERATION
                    : MatchMethod.EXACT);
        }
        if (q.variantGroup() >= 0 && q.variantGroup() == n.variantGroup()) {
            return new Result(0.93f, MatchMethod.VARIANT);
        }
        int minLen = Math.min(q.text().length(), n.text().length());
        if (syllabic || minLen < 2 || isNumeric(q.text()) || isNumeric(n.text())) {
            return null; // digits and one-letter tokens only match exactly
        }
        float best = 0;
        MatchMethod method = null;
        float edit = editSimilarity(q.text(), n.text(), minLen);
        if (edit > best) {
            best = edit;
            method = MatchMethod.EDIT_DISTANCE;
        }
        if (minLen >= 3 && best < 0.86f && phoneticAgree(q, n)) {
            // sounds alike is only credible when the spellings are related too (John is not Zhenyu)
            double jw = JARO_WINKLER.apply(q.text(), n.text());
            if (q.text().charAt(0) == n.text().charAt(0) || jw >= 0.8) {
                // the same primary code of three or more sounds (Poetin, Poutine, Putin) is strong agreement
                boolean strong = q.metaphone().length() >= 3 && q.metaphone().equals(n.metaphone()) && jw >= 0.8;
                best = strong ? 0.86f : (float) Math.min(0.8, 0.6 + jw * 0.25);
                method = MatchMethod.PHONETIC;
            }
        }
        if (vowelless != nameVowelless) {
            // one side written without short vowels: align consonants and long vowels, let short vowels differ
            float script = vowelless ? scriptSimilarity(q, n) : scriptSimilarity(n, q);
            if (script > 0 || best < 0.85f) {
                best = script; // the script alignment knows better than edit distance on a vowel-less spelling
                method = MatchMethod.TRANSLITERATION;
            }
        } else if (vowelless && best < 0.85f) {
            float skeleton = skeletonSimilarity(q.skeleton(), n.skeleton());
            if (skeleton > best) {
                best = skeleton;
                method = MatchMethod.TRANSLITERATION;
            }
        }
        if (method != null && transliterated && method != MatchMethod.TRANSLITERATION) {
            method = MatchMethod.TRANSLITERATION;
        }
        return best >= MIN ? new Result(best, method) : null;
    }

    private static float editSimilarity(String a, String b, int minLen) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 0f; // more than two edits apart whatever the letters: skip the costly comparisons
        }
        int distance = LEVENSHTEIN.apply(a, b);
        if (distance == 1) {
            return minLen >= 4 ? 0.9f : minLen == 3 ? 0.78f : 0f;
        }
        if (distance == 2 && minLen >= 5) {
            return minLen >= 7 ? 0.82f : 0.75f;
        }
        double jw = JARO_WINKLER.apply(a, b);
        return minLen >= 5 && jw >= 0.92 ? (float) (0.7 + (jw - 0.92) * 2) : 0f;
    }

    private static boolean phoneticAgree(TokenFeatures q, TokenFeatures n) {
        if (q.metaphone().isEmpty() || n.metaphone().isEmpty() || q.metaphone().length() < 2) {
            return false;
        }
        return q.metaphone().equals(n.metaphone()) || q.metaphone().equals(n.metaphoneAlt())
                || q.metaphoneAlt().equals(n.metaphone());
    }

    /**
     * Similarity of a vowel-less spelling (romanised from Arabic script, or Hebrew by ICU) with a Latin one: the
     * script alignment alone decides, so a shared consonant skeleton with a disagreeing long vowel (محمود, Mohammed;
     * حسين, Hassan) does not align.
     */
    private static float scriptSimilarity(TokenFeatures script, TokenFeatures latin) {
        return ArabicAlignment.similarity(script.text(), latin.text());
    }

    private static float skeletonSimilarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0f;
        }
        if (a.equals(b)) {
            return 0.85f;
        }
        return Math.min(a.length(), b.length()) >= 3 && LEVENSHTEIN.apply(a, b) == 1 ? 0.72f : 0f;
    }

    private static boolean isNumeric(String s) {
        return Character.isDigit(s.charAt(0));
    }
}
