package org.citydialogue.tenancy;

import java.util.Locale;
import java.util.Map;

/** Picks a name written in tenant data (keys sv, en, zh-Hans) for a reader's locale. */
final class LocalizedNames {

    private LocalizedNames() {
    }

    static String pick(Map<String, String> names, Locale locale) {
        String language = locale.getLanguage();
        String key = "zh".equals(language) ? "zh-Hans" : language;
        String name = names.get(key);
        if (name == null) {
            name = names.get("en");
        }
        return name != null ? name : names.values().iterator().next();
    }
}
