package org.sanctions.registry.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps country names as sanctions lists spell them ("Korea, North", "Burma", "Iran (Islamic Republic of)",
 * "Congo (Democratic Republic)", "Palestinian") and ISO alpha-2/alpha-3 codes to ISO 3166 alpha-2 codes.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SAINT = Pattern.compile("(^| )st ");

    // Spellings found in the OFAC, UN, UK and CSL files that the JDK's English country names do not cover.
    private static final String[][] LIST_SPELLINGS = {
        {"RU", "russia", "russian federation", "former soviet union", "ussr", "soviet union", "russian"},
        {"IR", "iran", "iran islamic republic of", "islamic republic of iran"},
        {"KP", "korea north", "north korea", "democratic people s republic of korea", "dprk",
            "korea democratic people s republic of", "korea dprk"},
        {"KR", "korea south", "south korea", "republic of korea", "korea republic of"},
        {"MM", "burma", "myanmar"},
        {"SY", "syria", "syrian arab republic"},
        {"CD", "congo democratic republic of the", "democratic republic of the congo", "congo democratic republic",
            "drc", "zaire"},
        {"CG", "congo republic of the", "republic of the congo", "congo", "congo republic"},
        {"CI", "cote d ivoire", "ivory coast"},
        {"PS", "palestinian", "palestine", "state of palestine", "palestinian territories", "west bank", "gaza",
            "gaza strip", "occupied palestinian territories", "palestinian territory", "region gaza"},
        {"ER", "eritrea", "eritrean"},
        // nationality columns sometimes hold the demonym instead of the country
        {"DE", "german"}, {"GB", "british"}, {"US", "american"}, {"IR", "iranian"}, {"SY", "syrian"},
        {"IQ", "iraqi"}, {"AF", "afghan"}, {"PK", "pakistani"}, {"CN", "chinese"}, {"UA", "ukrainian"},
        {"BY", "belarusian"}, {"LB", "lebanese"}, {"YE", "yemeni"}, {"SA", "saudi"}, {"EG", "egyptian"},
        {"LY", "libyan"}, {"SO", "somali"}, {"SD", "sudanese"}, {"TR", "turkish"}, {"FR", "french"},
        {"UA", "ukraine", "crimea", "region crimea"},
        {"ML", "mali", "region northern mali"},
        {"TR", "turkey", "turkiye"},
        {"GB", "united kingdom", "uk", "great britain", "united kingdom of great britain and northern ireland",
            "britain", "england"},
        {"US", "united states", "usa", "united states of america"},
        {"TZ", "tanzania", "united republic of tanzania", "tanzania united republic of"},
        {"VE", "venezuela", "venezuela bolivarian republic of"},
        {"BO", "bolivia", "bolivia plurinational state of"},
        {"VN", "vietnam", "viet nam"},
        {"LA", "laos", "lao people s democratic republic", "lao pdr"},
        {"MD", "moldova", "republic of moldova", "moldova republic of"},
        {"MK", "north macedonia", "macedonia", "republic of north macedonia",
            "the former yugoslav republic of macedonia"},
        {"CZ", "czech republic", "czechia"},
        {"SZ", "eswatini", "swaziland"},
        {"CV", "cabo verde", "cape verde"},
        {"FM", "micronesia", "micronesia federated states of"},
        {"BN", "brunei", "brunei darussalam"},
        {"HK", "hong kong", "hong kong sar", "hong kong china", "hong kong special administrative region",
            "china hong kong special administrative region"},
        {"MO", "macau", "macao", "macao sar", "china macao special administrative region"},
        {"TW", "taiwan", "taiwan province of china", "chinese taipei"},
        {"VA", "holy see", "vatican", "vatican city"},
        {"BS", "bahamas", "the bahamas"},
        {"GM", "gambia", "the gambia"},
        {"XK", "kosovo", "xk", "xkx"},
        {"BA", "bosnia and herzegovina", "bosnia herzegovina", "bosnia"},
        {"AE", "united arab emirates", "uae"},
        {"KN", "saint kitts and nevis"},
        {"VC", "saint vincent and the grenadines"},
        {"CW", "curacao"},
        {"SX", "sint maarten"},
        {"TL", "timor leste", "east timor"},
        {"RS", "serbia", "serbia and montenegro"},
        {"NL", "netherlands", "the netherlands", "holland"},
        {"PH", "philippines", "the philippines"},
    };

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_NAME.put(normalize(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(code.toLowerCase(Locale.ROOT), code);
            try {
                BY_NAME.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException e) {
                // no alpha-3 code known for this entry: the alpha-2 code and the name suffice
            }
        }
        for (String[] spellings : LIST_SPELLINGS) {
            for (int i = 1; i < spellings.length; i++) {
                BY_NAME.put(spellings[i], spellings[0]);
            }
        }
    }

    private Countries() {
    }

    /** Values lists put in a country field that say there is no country. */
    private static final Set<String> NONE = Set.of("none identified", "undetermined", "unknown", "stateless", "none",
            "n a");

    /** The ISO 3166 alpha-2 code for a name or code, or null when empty or unknown. */
    public static String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String code = BY_NAME.get(normalize(name));
        int paren = name.indexOf(" (");
        if (code == null && paren > 0) {
            // "Iraq (previous address)", "Russian Federation (as at November 2010)": a note after the name
            code = BY_NAME.get(normalize(name.substring(0, paren)));
        }
        int comma = name.indexOf(", ");
        if (code == null && comma > 0) {
            // "Korea, North", "Man, Isle of", "Virgin Islands, British": the list's inverted spellings
            code = BY_NAME.get(normalize(name.substring(comma + 2) + " " + name.substring(0, comma)));
        }
        return code;
    }

    /** Whether the value states that there is no (known) country, rather than naming one. */
    public static boolean isNone(String name) {
        return name != null && NONE.contains(normalize(name));
    }

    static String normalize(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").trim();
        words = SAINT.matcher(words).replaceAll("$1saint ");
        return words.startsWith("the ") && !BY_NAME.containsKey(words) ? words.substring(4) : words;
    }
}
