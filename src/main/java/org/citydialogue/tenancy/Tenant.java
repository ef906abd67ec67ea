package org.citydialogue.tenancy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A city or organisation served as an isolated tenant, as described by its file in {@code tenants/}.
 *
 * @param names the tenant's name keyed by language tag (sv, en, zh-Hans)
 * @param sections the parts of the file that other modules read, by top-level key
 */
public record Tenant(
        String id,
        Kind kind,
        Map<String, String> names,
        Locale defaultLocale,
        ZoneId zone,
        Currency currency,
        long population,
        String country,
        String calendar,
        List<Department> departments,
        IdentitySettings identity,
        StoreSettings store,
        Map<String, TenantFileSection> sections) {

    public enum Kind {
        /** A municipality with a contact centre and its own cases. */
        CITY,
        /** An organisation such as ICLD whose users only take part in partnerships. */
        ORGANISATION
    }

    public Tenant {
        names = Map.copyOf(names);
        departments = List.copyOf(departments);
        sections = Map.copyOf(sections);
    }

    /** A section of the tenant file that another module owns, such as {@code cases}. */
    public java.util.Optional<TenantFileSection> section(String name) {
        return java.util.Optional.ofNullable(sections.get(name));
    }

    /** The name in the reader's language, falling back to English, then to any name given. */
    public String name(Locale locale) {
        return LocalizedNames.pick(names, locale);
    }

    public boolean isCity() {
        return kind == Kind.CITY;
    }
}
