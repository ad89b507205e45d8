package org.sanctions.lookup.matching;

import com.ibm.icu.lang.UScript;

/** How each script's names are romanised the way the lists write them, on top of ICU's transliterators. */
final class ScriptRules {

    private ScriptRules() {
    }

    static String romanizeRun(String run, int script) {
        switch (script) {
            case UScript.HAN:
                return Transliteration.translit("Han-Latin", run);
            case UScript.HANGUL:
                return bySyllable(run);
            case UScript.ARABIC:
                return ArabicScript.romanize(run);
            case UScript.CYRILLIC:
                return Transliteration.translit(isUkrainian(run) ? "Ukrainian-Latin/BGN" : "Russian-Latin/BGN", run);
            case UScript.GREEK:
                return greek(run);
            case UScript.DEVANAGARI:
            case UScript.BENGALI:
            case UScript.GURMUKHI:
            case UScript.GUJARATI:
                return dropFinalSchwa(run, Transliteration.translit("Any-Latin", run));
            default:
                return Transliteration.translit("Any-Latin", run);
        }
    }

    private static final java.util.regex.Pattern GREEK_FINAL_MP =
            java.util.regex.Pattern.compile("(?iu)μπ(?!\\p{L})");

    /**
     * Modern Greek writes foreign b, d, g as μπ, ντ, γκ (Vladimir is Βλαντίμιρ, Donald Ντόναλντ, but Trump Τραμπ with a
     * final mp); UNGEGN reads β as v.
     */
    private static String greek(String run) {
        String s = GREEK_FINAL_MP.matcher(run).replaceAll("mp");
        s = s.replace("ντ", "d").replace("Ντ", "D").replace("ΝΤ", "D").replace("μπ", "b").replace("Μπ", "B")
                .replace("ΜΠ", "B").replace("γκ", "g").replace("Γκ", "G").replace("ΓΚ", "G");
        return Transliteration.translit("Greek-Latin/UNGEGN", s);
    }

    // Korean given names are syllable-based (Jong Un, Ji Sung): keep each syllable a token as romanised lists do
    private static String bySyllable(String run) {
        StringBuilder sb = new StringBuilder();
        run.codePoints().forEach(cp -> sb.append(syllable(Transliteration.translit("Any-Latin", new String(Character.toChars(cp)))))
                .append(' '));
        return sb.toString();
    }

    // a one-letter syllable would read as an initial: the surnames 이 and 오 are written Yi/Lee and Oh
    private static String syllable(String romanized) {
        return romanized.equals("i") ? "yi" : romanized.equals("o") ? "oh" : romanized;
    }

    /**
     * Indic scripts write an inherent vowel after every consonant that ICU spells out, but Hindi and its neighbours
     * do not pronounce it at the end of a word (पुटिन is Putin, not Putina).
     */
    private static String dropFinalSchwa(String run, String romanized) {
        int last = run.codePointBefore(run.length());
        boolean endsInBareConsonant = Character.getType(last) == Character.OTHER_LETTER;
        return endsInBareConsonant && romanized.endsWith("a") && romanized.length() > 2
                ? romanized.substring(0, romanized.length() - 1) : romanized;
    }

    private static boolean isUkrainian(String run) {
        return run.chars().anyMatch(c -> c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї'
                || c == 'Є' || c == 'Ґ');
    }
}
