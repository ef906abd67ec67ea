package org.citydialogue.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider: looks a key up in the catalogue of the best supported language
 * and formats it as an ICU MessageFormat pattern.
 *
 * <p>Pass named arguments as one map, {@code getTranslation("home.welcome", Map.of("name", n))};
 * anything else is taken as positional arguments. Pass dates already formatted with {@link
 * Formats} (tenant time zone), never as {@code {x, date}}, which would use the JVM's zone.
 *
 * <p>A missing key never throws: it shows {@code !key!} and is logged once, so one forgotten text
 * does not break a page; MessageCatalogueTest keeps that from reaching production.
 */
@Component
public class Translations implements I18NProvider {

    /**
     * Test-only pseudo-locale: English text wrapped in {@link #PSEUDO_OPEN}…{@link #PSEUDO_CLOSE},
     * so a view test can tell translated text from hard-coded text. Not a provided locale, so
     * Vaadin never picks it from a browser.
     */
    static final Locale PSEUDO_LOCALE = Locale.forLanguageTag("en-XA");

    static final String PSEUDO_OPEN = "⟦";
    static final String PSEUDO_CLOSE = "⟧";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final List<Locale> PROVIDED =
            Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::locale).toList();

    private record CacheKey(SupportedLanguage language, String key) {}

    private final MessageCatalogue catalogue;
    // Parsing a pattern costs far more than formatting it, and the set of keys is small.
    private final Map<CacheKey, CompiledMessage> compiled = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public Translations() {
        this(MessageCatalogue.fromClasspath());
    }

    Translations(MessageCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return PROVIDED;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        boolean pseudo = PSEUDO_LOCALE.equals(locale);
        SupportedLanguage language = pseudo ? SupportedLanguage.EN : SupportedLanguage.match(locale);
        String text = translate(language, key, params);
        return pseudo && !text.equals(missing(key)) ? PSEUDO_OPEN + text + PSEUDO_CLOSE : text;
    }

    /** Translation for one of our languages; convenience for code outside a Vaadin component. */
    public String translate(SupportedLanguage language, String key, Object... params) {
        CompiledMessage format = compiled(language, key);
        if (format == null) {
            return missing(key);
        }
        Object arguments = params.length == 1 && params[0] instanceof Map<?, ?> named ? named : params;
        try {
            return format.format(arguments);
        } catch (IllegalArgumentException e) {
            warnOnce(key, "cannot format message '{}' with {}: {}", key, Arrays.toString(params), e.getMessage());
            return missing(key);
        }
    }

    private @Nullable CompiledMessage compiled(SupportedLanguage language, String key) {
        CacheKey cacheKey = new CacheKey(language, key);
        CompiledMessage cached = compiled.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String pattern = catalogue.pattern(language, key);
        if (pattern == null && language != SupportedLanguage.EN) {
            // Better English than a broken label; the catalogue test reports the gap.
            pattern = catalogue.pattern(SupportedLanguage.EN, key);
            warnOnce(language.tag() + ':' + key, "message '{}' missing in {}, using en", key, language.tag());
        }
        if (pattern == null) {
            warnOnce(key, "message '{}' missing in every catalogue", key);
            return null;
        }
        try {
            var format = new CompiledMessage(new MessageFormat(pattern, ULocale.forLocale(language.locale())));
            compiled.putIfAbsent(cacheKey, format);
            return compiled.get(cacheKey);
        } catch (IllegalArgumentException e) {
            warnOnce(key, "message '{}' in {} is not a valid ICU pattern: {}", key, language.tag(), e.getMessage());
            return null;
        }
    }

    private static String missing(String key) {
        return "!" + key + "!";
    }

    private void warnOnce(String id, String message, Object... args) {
        if (warned.add(id)) {
            log.warn(message, args);
        }
    }
}
