package org.sanctions.lookup.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/** Romanises any script of the lists (Cyrillic, Arabic, Han, Hangul, Greek, Hebrew...) to ASCII with ICU. */
final class Transliteration {

    /**
     * Romanised text, and whether part of it came from a script that writes few vowels (Arabic, Hebrew, Thai...) or
     * from Han, whose romanisation is a closed set of syllables (a letter off is another character, not a typo).
     */
    record Romanized(String text, boolean transliterated, boolean vowelless, boolean syllabic) {
    }

    // ICU transliterators are not documented as thread-safe: one set per thread
    private static final ThreadLocal<Map<String, Transliterator>> CACHE = ThreadLocal.withInitial(HashMap::new);
    private static final int MAX_CACHED_WORDS = 100_000;
    // names repeat word by word across customer files (حسین, 王): romanise each distinct word once
    private static final java.util.concurrent.ConcurrentHashMap<String, Romanized> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Transliteration() {
    }

    static Romanized romanize(String text) {
        if (isAscii(text)) {
            return new Romanized(text, false, false, false);
        }
        String[] words = text.split("\\s+");
        if (words.length == 1) {
            return word(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean transliterated = false;
        boolean vowelless = false;
        boolean syllabic = false;
        for (String w : words) {
            Romanized r = word(w);
            out.append(r.text()).append(' ');
            transliterated |= r.transliterated();
            vowelless |= r.vowelless();
            syllabic |= r.syllabic();
        }
        return new Romanized(out.toString(), transliterated, vowelless, syllabic);
    }

    private static Romanized word(String word) {
        if (isAscii(word)) {
            return new Romanized(word, false, false, false);
        }
        Romanized cached = WORDS.get(word);
        if (cached == null) {
            cached = romanizeWord(word);
            if (WORDS.size() >= MAX_CACHED_WORDS) {
                WORDS.clear();
            }
            WORDS.put(word, cached);
        }
        return cached;
    }

    private static Romanized romanizeWord(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean transliterated = false;
        boolean vowelless = false;
        boolean syllabic = false;
        int i = 0;
        while (i < text.length()) {
            int script = scriptAt(text, i);
            int end = runEnd(text, i, script);
            String run = text.substring(i, end);
            if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) {
                out.append(run);
            } else {
                out.append(' ').append(ScriptRules.romanizeRun(run, script)).append(' ');
                transliterated = true;
                vowelless |= script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC
                        || script == UScript.THAI || script == UScript.THAANA;
                syllabic |= script == UScript.HAN;
            }
            i = end;
        }
        return new Romanized(translit("Latin-ASCII", out.toString()), transliterated, vowelless, syllabic);
    }

    static String translit(String id, String text) {
        Transliterator t = CACHE.get().computeIfAbsent(id, Transliterator::getInstance);
        return t.transliterate(text);
    }

    private static int scriptAt(String text, int i) {
        return UScript.getScript(text.codePointAt(i));
    }

    private static int runEnd(String text, int start, int script) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int s = UScript.getScript(text.codePointAt(i));
            if (s != script && s != UScript.COMMON && s != UScript.INHERITED) {
                break;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
