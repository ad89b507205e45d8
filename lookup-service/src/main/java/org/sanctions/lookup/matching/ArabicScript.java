package org.sanctions.lookup.matching;

/**
 * Arabic and Persian script romanised letter by letter the way BGN/PCGN and ALA-LC write names, without the short
 * vowels the script does not write: consonants, {@code a} for alif (and for a word-initial ain, ta marbuta and alif
 * maqsura, which Latin spellings write as a vowel), {@code w} for waw and {@code y} for ya, which are long vowels or
 * consonants. {@link ArabicAlignment} then lets one such spelling meet the many Latin ones (محمد: Muhammad,
 * Mohammed, Mohamed, Mohamad).
 */
final class ArabicScript {

    private ArabicScript() {
    }

    /** A run of Arabic-script letters (one word, possibly with the article written onto it) romanised. */
    static String romanize(String run) {
        String word = letters(run);
        String particle = particle(word);
        if (particle != null) {
            return particle;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int start = 0;
        // the article written onto the word (الشمري, al-Shammari): a particle of its own, kept joinable by the hyphen;
        // not in الله, where it belongs to the name (Abdallah, Allah)
        if (word.length() >= 4 && word.startsWith("\u0627\u0644") && !word.startsWith("\u0627\u0644\u0644\u0647")) {
            out.append("al-");
            start = 2;
        }
        for (int i = start; i < word.length(); i++) {
            out.append(letter(word.charAt(i), i == start, i == word.length() - 1));
        }
        return out.toString();
    }

    /** Name particles, spelled as lists write them: bin, ibn, bint, abu, umm. */
    private static String particle(String word) {
        switch (word) {
            case "\u0628\u0646": return "bin";
            case "\u0627\u0628\u0646": return "ibn";
            case "\u0628\u0646\u062A": return "bint";
            case "\u0627\u0628\u0648": return "abu";
            case "\u0627\u0628\u064A": return "abi";
            case "\u0627\u0645": return "umm";
            default: return null;
        }
    }

    /**
     * Unicode forms folded (Arabic Presentation Forms are folded by NFKC before this): hamza and madda alif forms as
     * bare alif, Persian yeh and keheh as the Arabic letters, heh goal and heh doachashmee as heh; harakat, shadda,
     * tatweel and zero-width joiners dropped; hamza on a seat read as its seat.
     */
    static String letters(String run) {
        StringBuilder sb = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> sb.append('\u0627');
                case '\u0670' -> sb.append('\u0627'); // superscript (dagger) alif is a written long a
                case '\u06CC', '\u06D0', '\u0626' -> sb.append('\u064A'); // Persian yeh; hamza on ya
                case '\u0624' -> sb.append('\u0648'); // hamza on waw
                case '\u06A9', '\u06AA' -> sb.append('\u0643'); // keheh
                case '\u06C1', '\u06BE', '\u06D5', '\u06C0' -> sb.append('\u0647'); // heh goal, doachashmee, ae
                case '\u0640', '\u200C', '\u200D', '\u0621' -> {
                    // tatweel and joiners are typography; a bare hamza is a glottal stop Latin spellings leave out
                }
                default -> {
                    if (c < '\u064B' || (c > '\u065F' && c != '\u06E1')) {
                        sb.append(c); // harakat (fatha, damma, kasra, tanwin, shadda, sukun) are not letters
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String letter(char c, boolean first, boolean last) {
        switch (c) {
            case '\u0627':
                return "a";
            case '\u0649':
                return last ? "a" : "y"; // alif maqsura ends Mustafa, Musa, Yahya
            case '\u0629':
                return "a"; // ta marbuta: Hamza, Usama, Fatima(h)
            case '\u0639':
                return first ? "a" : ""; // ain: Ali, Omar, Abd begin with a written vowel; inside (Saeed) it is silent
            case '\u0628':
                return "b";
            case '\u067E':
                return "p";
            case '\u062A':
            case '\u0637':
                return "t";
            case '\u062B':
                return "th";
            case '\u062C':
                return "j";
            case '\u0686':
                return "ch";
            case '\u062D':
            case '\u0647':
                return "h";
            case '\u062E':
                return "kh";
            case '\u062F':
                return "d";
            case '\u0630':
            case '\u0636':
                return "dh"; // dhal, dad: Arabic d/dh, Persian z
            case '\u0631':
                return "r";
            case '\u0632':
            case '\u0638':
                return "z";
            case '\u0698':
                return "zh";
            case '\u0633':
            case '\u0635':
                return "s";
            case '\u0634':
                return "sh";
            case '\u063A':
                return "gh";
            case '\u0641':
            case '\u06A4':
                return "f";
            case '\u0642':
                return "q";
            case '\u0643':
                return "k";
            case '\u06AF':
                return "g";
            case '\u0644':
                return "l";
            case '\u0645':
                return "m";
            case '\u0646':
                return "n";
            case '\u0648':
                return "w";
            case '\u064A':
                return "y";
            default:
                if (c >= '\u0660' && c <= '\u0669') {
                    return String.valueOf((char) ('0' + (c - '\u0660')));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return String.valueOf((char) ('0' + (c - '\u06F0')));
                }
                return Character.isLetter(c) ? "" : " ";
        }
    }
}
