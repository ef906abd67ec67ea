package org.citydialogue.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides the UI language: the user's kept choice, else the tenant's default, else the first
 * browser language we support, else English. A pure function so the rule is tested in one place.
 */
public final class LanguageChoice {

    private LanguageChoice() {}

    /**
     * @param kept the user's stored choice, if any
     * @param tenantDefault the tenant's default locale, skipped when not supported
     * @param browserLocales the browser's locales, best first (as from {@code VaadinRequest#getLocales})
     */
    public static SupportedLanguage resolve(@Nullable SupportedLanguage kept,
            @Nullable Locale tenantDefault, List<Locale> browserLocales) {
        if (kept != null) {
            return kept;
        }
        Optional<SupportedLanguage> tenant = SupportedLanguage.lookup(tenantDefault);
        if (tenant.isPresent()) {
            return tenant.get();
        }
        return browserLocales.stream()
                .map(SupportedLanguage::lookup)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(SupportedLanguage.EN);
    }

    /** As above, with the raw {@code Accept-Language} header. */
    public static SupportedLanguage resolve(@Nullable SupportedLanguage kept,
            @Nullable Locale tenantDefault, @Nullable String acceptLanguage) {
        return resolve(kept, tenantDefault, browserLocales(acceptLanguage));
    }

    /**
     * The locales of an {@code Accept-Language} header, highest weight first, without {@code *}
     * and {@code q=0}. A malformed header counts as empty: it must not break sign-in.
     */
    public static List<Locale> browserLocales(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        List<Locale> locales = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                    locales.add(Locale.forLanguageTag(range.getRange()));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
        return locales;
    }
}
