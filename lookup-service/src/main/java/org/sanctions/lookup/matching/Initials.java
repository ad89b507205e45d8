package org.sanctions.lookup.matching;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initials that romanise to more than one letter: a Cyrillic initial written alone (Е. С. Миргородская, where
 * BGN/PCGN writes Е as ye, Ж as zh, Ю as yu) and its romanised form with a period (Ye. S., Zh., Yu.). An initial
 * agrees with a name that it begins (ye: yelena), and a ye/yo/yu/ya initial also with the vowel alone or with j
 * (Elena, Jelena: the same Cyrillic letter under other schemes).
 */
final class Initials {

    /** A single Cyrillic letter standing alone, with or without a period. */
    private static final Pattern CYRILLIC_INITIAL = Pattern.compile("(?<!\\p{L})\\p{IsCyrillic}(?![\\p{L}\\p{M}])");
    /** A romanised Cyrillic letter written as an initial: only with its period, so that Yu the surname stays one. */
    private static final Pattern ROMANISED_INITIAL = Pattern.compile(
            "(?<!\\p{L})(shch|ye|yo|yu|ya|zh|kh|ts|ch|sh)\\.", Pattern.CASE_INSENSITIVE);

    private Initials() {
    }

    /** The multi-letter initials (lower-case, romanised) that a raw name writes, usually none. */
    static Set<String> multiLetter(String nfkc) {
        Set<String> out = null;
        Matcher m = ROMANISED_INITIAL.matcher(nfkc);
        while (nfkc.indexOf('.') >= 0 && m.find()) {
            out = add(out, m.group(1).toLowerCase(Locale.ROOT));
        }
        m = CYRILLIC_INITIAL.matcher(nfkc);
        while (m.find()) {
            String romanised = Transliteration.romanize(m.group()).text().trim().toLowerCase(Locale.ROOT);
            if (romanised.length() > 1) {
                out = add(out, romanised);
            }
        }
        return out == null ? Set.of() : out;
    }

    /** Whether an initial (one letter, or a romanised Cyrillic one such as ye) agrees with a name token. */
    static boolean agrees(String initial, String name) {
        if (name.startsWith(initial)) {
            return true;
        }
        if (initial.length() == 2 && initial.charAt(0) == 'y' && isVowel(initial.charAt(1))) {
            String vowel = initial.substring(1);
            return name.startsWith(vowel) || name.startsWith("j" + vowel);
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }

    private static Set<String> add(Set<String> set, String initial) {
        Set<String> out = set == null ? new HashSet<>() : set;
        out.add(initial);
        return out;
    }
}
