package org.sanctions.registry.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps an English language name as lists write it ("Russian", "Persian") to its ISO 639-1 code. */
public final class Languages {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            BY_NAME.put(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        BY_NAME.put("farsi", "fa");
        BY_NAME.put("belarussian", "be");
        BY_NAME.put("byelorussian", "be");
        BY_NAME.put("mandarin", "zh");
        BY_NAME.put("cantonese", "zh");
    }

    private Languages() {
    }

    /** The ISO 639-1 code, or null when the name is empty or unknown. */
    public static String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
    }
}
