package org.sanctions.lookup.matching;

/**
 * Compares a token romanised from Arabic script ({@link ArabicScript}: consonants, a, w, y) with a Latin spelling,
 * the way the romanisation schemes and informal spellings differ: short vowels are not written in the script, so the
 * Latin side may add any single vowel for free (Muhammad, Mohammed and Mohamed all meet mhmd); a long vowel the
 * Latin side writes (ou, ee, a final i) must stand for a waw or ya, or it costs (Mahmoudi is not mhmd); consonants
 * meet their BGN/PCGN, ALA-LC and informal renderings (q/k, j/g/dj, th/s, dh/z/d, kh/h, sh/ch, gh/g, f/v, p/b).
 * A dynamic programme over both spellings; the cost of the cheapest alignment gives the similarity.
 */
final class ArabicAlignment {

    private static final float BEST = 0.92f;
    private static final float FREE = 0f;
    /** A long vowel the Latin side writes where the script has none: Hussein is not حسن, Mahmoudi not محمود. */
    private static final float LONG_VOWEL = 0.2f;
    private static final float LETTER_SKIPPED = 0.16f;
    private static final float HALF_VOWEL_SKIPPED = 0.24f;
    private static final float INF = 10f;

    private ArabicAlignment() {
    }

    /** Similarity in 0..{@value #BEST}, 0 when the spellings do not align within the budget. */
    static float similarity(String arabic, String latin) {
        String[] a = segments(arabic, true);
        String[] l = segments(latin, false);
        if (a.length == 0 || l.length == 0 || a.length > 30 || l.length > 40) {
            return 0f;
        }
        int n = a.length;
        int m = l.length;
        float[][] d = new float[n + 1][m + 1];
        for (float[] row : d) {
            java.util.Arrays.fill(row, INF);
        }
        d[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                float here = d[i][j];
                if (here >= INF) {
                    continue;
                }
                if (j < m) { // a Latin segment the script did not write
                    relax(d, i, j + 1, here + latinOnly(l, j));
                }
                if (i < n) { // a letter the Latin spelling left out
                    relax(d, i + 1, j, here + arabicOnly(a, i));
                }
                if (i < n && j < m) {
                    relax(d, i + 1, j + 1, here + substitution(a[i], l[j], i == n - 1));
                }
            }
        }
        float cost = d[n][m];
        float s = BEST - cost;
        return s >= TokenSimilarity.MIN ? s : 0f;
    }

    private static void relax(float[][] d, int i, int j, float v) {
        if (v < d[i][j]) {
            d[i][j] = v;
        }
    }

    private static float latinOnly(String[] l, int j) {
        String s = l[j];
        if (isVowels(s)) {
            if (s.length() == 1) {
                // a final i is the nisba ya (Mahmoudi, Husseini), which the script writes
                return j == l.length - 1 && s.equals("i") && l.length > 2 ? LONG_VOWEL : FREE;
            }
            return s.equals("ou") ? 0.04f : isLongVowel(s) ? LONG_VOWEL : 0.02f; // French ou may be a short u
        }
        if (s.equals("h") && j == l.length - 1 && j > 0 && isVowels(l[j - 1])) {
            return 0.02f; // Fatimah, Abdullah: a final h after a vowel is often added or left out
        }
        if (s.equals("y")) {
            return j == l.length - 1 ? LONG_VOWEL : 0.03f;
        }
        return LETTER_SKIPPED;
    }

    private static float arabicOnly(String[] a, int i) {
        String s = a[i];
        if (s.equals("a")) {
            return 0.05f;
        }
        if (s.equals("w") || s.equals("y")) {
            return HALF_VOWEL_SKIPPED;
        }
        if (s.equals("h") && i == a.length - 1) {
            return 0.02f; // Abdulla for عبدالله
        }
        // the article's l before a sun letter is assimilated: ar-Rahman, ash-Shammari, Abdurrahman
        if (s.equals("l") && i > 0 && a[i - 1].equals("a") && i + 1 < a.length && isSunLetter(a[i + 1])) {
            return 0.01f;
        }
        return LETTER_SKIPPED;
    }

    private static float substitution(String a, String l, boolean lastLetter) {
        boolean vowels = isVowels(l);
        switch (a) {
            case "a":
                return vowels ? FREE : INF;
            case "w":
                return vowels ? (l.indexOf('o') >= 0 || l.indexOf('u') >= 0 ? FREE : HALF_VOWEL_SKIPPED)
                        : l.equals("w") || l.equals("v") ? FREE : INF;
            case "y":
                // a final ya may be Persian yeh written for alif maqsura (عیسی, Isa)
                return vowels ? (l.indexOf('i') >= 0 || l.indexOf('e') >= 0 ? FREE : lastLetter ? 0.04f
                        : HALF_VOWEL_SKIPPED)
                        : l.equals("y") || l.equals("j") ? FREE : INF;
            default:
                return vowels ? INF : consonant(a, l);
        }
    }

    private static float consonant(String a, String l) {
        if (a.equals(l)) {
            return FREE;
        }
        switch (a) {
            case "b": return l.equals("p") ? 0.03f : INF;
            case "p": return l.equals("b") ? 0.03f : INF;
            case "t": return l.equals("th") ? 0.03f : l.equals("d") ? 0.06f : INF;
            case "th": return l.equals("s") || l.equals("t") ? 0.03f : l.equals("z") ? 0.05f : INF;
            case "j": return l.equals("g") || l.equals("dj") || l.equals("dzh") ? 0.02f : l.equals("zh") ? 0.04f
                    : INF;
            case "ch": return l.equals("c") || l.equals("tch") || l.equals("tsh") ? 0.02f : INF;
            case "h": return l.equals("kh") ? 0.06f : INF;
            case "kh": return l.equals("h") || l.equals("ch") || l.equals("x") ? 0.03f : l.equals("k") ? 0.05f : INF;
            case "d": return l.equals("dh") ? 0.03f : l.equals("t") ? 0.06f : INF;
            case "dh": return l.equals("z") || l.equals("d") ? 0.02f : l.equals("th") ? 0.03f : INF;
            case "z": return l.equals("dh") || l.equals("s") ? 0.04f : INF;
            case "zh": return l.equals("j") ? 0.02f : l.equals("z") ? 0.04f : INF;
            case "s": return l.equals("c") || l.equals("z") ? 0.05f : INF;
            case "sh": return l.equals("ch") || l.equals("sch") ? 0.02f : l.equals("s") ? 0.06f : INF;
            case "gh": return l.equals("g") ? 0.02f : l.equals("q") || l.equals("kh") ? 0.05f : INF;
            case "f": return l.equals("ph") ? 0.01f : l.equals("v") ? 0.03f : INF;
            case "q": return l.equals("k") || l.equals("g") || l.equals("c") ? 0.02f : l.equals("gh") ? 0.04f : INF;
            case "k": return l.equals("c") || l.equals("q") ? 0.02f : l.equals("g") ? 0.05f : INF;
            case "g": return l.equals("gh") || l.equals("j") ? 0.03f : l.equals("q") ? 0.05f : INF;
            default: return INF;
        }
    }

    /**
     * A retrieval key both spellings share when they may align: consonant classes whose members the alignment lets
     * meet (b/p; t/th; d/dh/z; j/g/gh/q/k/c/kh/zh; sh/ch; f/v/ph), vowels, alif, waw and ya left out. With
     * withoutArticleL the article's l before a sun letter is dropped too (Abd al-Rahman, Abdurrahman).
     */
    static String key(String text, boolean withoutArticleL) {
        String[] segs = segments(text, false);
        StringBuilder sb = new StringBuilder(segs.length);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (isVowels(s) || s.equals("y") || s.equals("w")) {
                continue;
            }
            if (withoutArticleL && s.equals("l") && i > 0 && isVowels(segs[i - 1]) && i + 1 < segs.length
                    && isSunLetter(segs[i + 1])) {
                continue;
            }
            char c = keyClass(s);
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static char keyClass(String s) {
        switch (s) {
            case "p": return 'b';
            case "th": return 't';
            case "dh": case "z": return 'd';
            case "j": case "g": case "gh": case "q": case "k": case "c": case "kh": case "zh": case "dj": case "x":
            case "dzh":
                return 'k';
            case "sh": case "ch": case "sch": case "tch": case "tsh": return 'c';
            case "v": case "ph": return 'f';
            default: return s.charAt(0);
        }
    }

    private static boolean isSunLetter(String s) {
        switch (s) {
            case "t": case "th": case "d": case "dh": case "r": case "z": case "s": case "sh": case "l": case "n":
                return true;
            default:
                return false;
        }
    }

    private static boolean isVowels(String s) {
        char c = s.charAt(0);
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isLongVowel(String s) {
        switch (s) {
            case "aa": case "ee": case "ii": case "oo": case "uu": case "ou": case "ei": case "ie": case "ai":
            case "oe":
                return true;
            default:
                return false;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Segments of a spelling: digraphs (kh sh th dh gh ch zh ph dj sch tch), single consonants with doubled letters
     * collapsed (shadda is not written), and on the Latin side runs of vowels; on the script side each a/w/y alone.
     */
    static String[] segments(String s, boolean script) {
        java.util.List<String> out = new java.util.ArrayList<>(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            String seg;
            if (!script && isVowel(c)) {
                int e = i;
                while (e < s.length() && isVowel(s.charAt(e))) {
                    e++;
                }
                seg = s.substring(i, Math.min(e, i + 2)); // three vowels in a row are two syllables at most
                i = e;
            } else {
                seg = digraph(s, i, script);
                i += seg.length();
                if (!script && seg.equals("c")) {
                    seg = i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'i') ? "s" : "k";
                } else if (!script && seg.equals("ck")) {
                    seg = "k";
                } else if (!script && seg.equals("x")) {
                    seg = "kh";
                }
            }
            if (out.isEmpty() || !out.get(out.size() - 1).equals(seg) || isVowel(seg.charAt(0))
                    || (script && (seg.equals("w") || seg.equals("y")))) {
                out.add(seg);
            }
        }
        return out.toArray(new String[0]);
    }

    private static String digraph(String s, int i, boolean script) {
        if (!script) {
            for (String g : new String[] {"sch", "tch", "dzh", "tsh"}) {
                if (s.startsWith(g, i)) {
                    return g;
                }
            }
            if (s.startsWith("ck", i) || s.startsWith("dj", i) || s.startsWith("ph", i)) {
                return s.substring(i, i + 2);
            }
        }
        if (i + 1 < s.length() && s.charAt(i + 1) == 'h') {
            switch (s.charAt(i)) {
                case 'k': case 's': case 't': case 'd': case 'g': case 'c': case 'z':
                    return s.substring(i, i + 2);
                default:
                    break;
            }
        }
        return s.substring(i, i + 1);
    }
}
