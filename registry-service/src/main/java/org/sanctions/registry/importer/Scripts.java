package org.sanctions.registry.importer;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/** Detects the ISO 15924 script of a name from its characters (lists' own script columns are unreliable). */
public final class Scripts {

    private Scripts() {
    }

    /** The dominant script code ({@code Latn}, {@code Cyrl}, {@code Arab}, {@code Hani}, {@code Jpan}...) or null. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        if (counts.isEmpty()) {
            return null;
        }
        // Japanese and Korean names mix Han with kana or hangul: ISO 15924 has combined codes for those.
        if (counts.containsKey(UScript.HIRAGANA) || counts.containsKey(UScript.KATAKANA)) {
            return counts.containsKey(UScript.HAN) ? "Jpan" : "Kana";
        }
        if (counts.containsKey(UScript.HANGUL) && counts.containsKey(UScript.HAN)) {
            return "Kore";
        }
        // On a tie the non-Latin script wins ("OOO СТЦ" is a Cyrillic name with a Latin-looking legal form).
        int dominant = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(e -> e.getKey() != UScript.LATIN).thenComparing(e -> -e.getKey()))
                .orElseThrow().getKey();
        return UScript.getShortName(dominant);
    }
}
