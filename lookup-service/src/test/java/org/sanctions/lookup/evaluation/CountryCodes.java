package org.sanctions.lookup.evaluation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as lists and test files write them, to ISO 3166 alpha-2. */
public final class CountryCodes {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_NAME.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {{"Russia", "RU"}, {"Iran", "IR"}, {"Syria", "SY"}, {"Korea, North", "KP"},
            {"North Korea", "KP"}, {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Burma", "MM"},
            {"Palestinian", "PS"}, {"Palestine", "PS"}, {"Congo, Democratic Republic of the", "CD"},
            {"Democratic Republic of the Congo", "CD"}, {"Congo", "CG"}, {"Venezuela", "VE"}, {"Bolivia", "BO"},
            {"Tanzania", "TZ"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"}, {"Laos", "LA"}, {"Moldova", "MD"},
            {"Turkey", "TR"}, {"Turkiye", "TR"}, {"United States", "US"}, {"USA", "US"}, {"United Kingdom", "GB"},
            {"UK", "GB"}, {"Hong Kong", "HK"}, {"China", "CN"}, {"Taiwan", "TW"}, {"Macau", "MO"},
            {"Cote d Ivoire", "CI"}, {"Ivory Coast", "CI"}, {"Czech Republic", "CZ"}, {"Bosnia and Herzegovina", "BA"},
            {"Iran (Islamic Republic of)", "IR"}, {"Syrian Arab Republic", "SY"}, {"Russian Federation", "RU"},
            {"Democratic People's Republic of Korea", "KP"}, {"Republic of Korea", "KR"},
            {"Libyan Arab Jamahiriya", "LY"},
            {"United Republic of Tanzania", "TZ"}, {"Lao People's Democratic Republic", "LA"}, {"Kosovo", "XK"},
            {"The Gambia", "GM"}, {"Gambia", "GM"}, {"Micronesia", "FM"}, {"Brunei", "BN"}, {"Cabo Verde", "CV"},
            {"Cape Verde", "CV"}, {"Eswatini", "SZ"}, {"Swaziland", "SZ"}, {"North Macedonia", "MK"},
            {"Macedonia", "MK"}, {"Netherlands Antilles", "CW"}, {"West Bank", "PS"}, {"Gaza", "PS"},
            {"Sudan", "SD"}, {"South Sudan", "SS"}, {"Yemen", "YE"}, {"Iraq", "IQ"}, {"Afghanistan", "AF"}};
        for (String[] a : aliases) {
            BY_NAME.put(key(a[0]), a[1]);
        }
    }

    private CountryCodes() {
    }

    /** ISO alpha-2 for a country name or a two-letter code, or null. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.length() == 2) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        return BY_NAME.get(key(trimmed));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
