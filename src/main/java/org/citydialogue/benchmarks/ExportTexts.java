package org.citydialogue.benchmarks;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Message-catalogue texts for files made outside a screen (exports, reports), in the reader's language. */
@Component
class ExportTexts {

    private final I18NProvider messages;

    ExportTexts(I18NProvider messages) {
        this.messages = messages;
    }

    String text(Locale locale, String key) {
        return messages.getTranslation(key, locale);
    }

    String text(Locale locale, String key, Map<String, Object> arguments) {
        return messages.getTranslation(key, locale, arguments);
    }

    /** A name given per language (sv, en, zh-Hans) in the reader's language, else English. */
    static String name(Map<String, String> names, Locale locale) {
        String key = "zh".equals(locale.getLanguage()) ? "zh-Hans" : locale.getLanguage();
        return names.getOrDefault(key, names.getOrDefault("en", names.values().iterator().next()));
    }
}
