package org.citydialogue.i18n;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The UI languages that have a complete message catalogue. */
public enum SupportedLanguage {
    EN("en", Msg.key("language.en")),
    SV("sv", Msg.key("language.sv")),
    ZH_HANS("zh-Hans", Msg.key("language.zh-Hans"));

    private final String tag;
    private final Locale locale;
    private final String nameKey;

    SupportedLanguage(String tag, String nameKey) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
        this.nameKey = nameKey;
    }

    /** BCP 47 tag, also the catalogue file name: {@code en}, {@code sv}, {@code zh-Hans}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Message key of the language's own name ("Svenska"), the same in every catalogue. */
    public String nameKey() {
        return nameKey;
    }

    /** The supported language for {@code locale}, falling back to English. */
    public static SupportedLanguage match(@Nullable Locale locale) {
        return lookup(locale).orElse(EN);
    }

    /**
     * The supported language for {@code locale}, if any. Any Chinese (zh, zh-CN, zh-SG, zh-Hans-CN,
     * also zh-TW) maps to Simplified Chinese: it is the only Chinese we have, and closer for a
     * Chinese reader than English. Any Swedish (sv-FI) maps to Swedish.
     */
    public static Optional<SupportedLanguage> lookup(@Nullable Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(EN);
            case "sv" -> Optional.of(SV);
            case "zh" -> Optional.of(ZH_HANS);
            default -> Optional.empty();
        };
    }

    /** The language with this exact tag (as stored for a user's choice), if any. */
    public static Optional<SupportedLanguage> fromTag(@Nullable String tag) {
        for (SupportedLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
