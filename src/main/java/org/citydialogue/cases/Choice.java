package org.citydialogue.cases;

import java.util.Locale;
import java.util.Map;

/** An entry a tenant defines for its cases (a kind, a category, a state, an action), named in three languages. */
public record Choice(String code, Map<String, String> names) {

    public Choice {
        names = Map.copyOf(names);
    }

    public String name(Locale locale) {
        String key = "zh".equals(locale.getLanguage()) ? "zh-Hans" : locale.getLanguage();
        return names.getOrDefault(key, names.get("en"));
    }
}
