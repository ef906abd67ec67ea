package org.citydialogue.tenancy;

import java.util.Locale;
import java.util.Map;

/** A department of a city that cases can be forwarded to. */
public record Department(String code, Map<String, String> names) {

    public Department {
        names = Map.copyOf(names);
    }

    public String name(Locale locale) {
        return LocalizedNames.pick(names, locale);
    }
}
