package org.citydialogue.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citydialogue.i18n.SupportedLanguage;

/**
 * A text written by people in several languages: one version per supported language (sv, zh-Hans,
 * en), any of which may be missing until someone translates it. Stored as jsonb keyed by tag.
 */
public record LocalizedText(Map<String, String> versions) {

    /** Order in which a missing version is replaced: English first, it is the partnership's common language. */
    private static final SupportedLanguage[] FALLBACK = {SupportedLanguage.EN, SupportedLanguage.SV,
        SupportedLanguage.ZH_HANS};

    public LocalizedText {
        Map<String, String> kept = new LinkedHashMap<>();
        versions.forEach((tag, text) -> {
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                throw new IllegalArgumentException("Not a supported language: " + tag);
            }
            if (text != null && !text.isBlank()) {
                kept.put(SupportedLanguage.fromTag(tag).orElseThrow().tag(), text.strip());
            }
        });
        versions = Map.copyOf(kept);
    }

    /** A text written in one language only, as when someone first enters it. */
    public static LocalizedText of(SupportedLanguage language, String text) {
        return new LocalizedText(Map.of(language.tag(), text));
    }

    public static LocalizedText of(String sv, String en, String zhHans) {
        return new LocalizedText(Map.of("sv", sv, "en", en, "zh-Hans", zhHans));
    }

    public Optional<String> in(SupportedLanguage language) {
        return Optional.ofNullable(versions.get(language.tag()));
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** This text with {@code language}'s version set (or removed when blank). */
    public LocalizedText with(SupportedLanguage language, String text) {
        Map<String, String> changed = new LinkedHashMap<>(versions);
        changed.put(language.tag(), text);
        return new LocalizedText(changed);
    }

    /**
     * What a reader of {@code language} sees: their version, else the first there is, marked as not
     * yet translated so the screen can say so and offer to add it.
     */
    public Shown forReader(SupportedLanguage language) {
        String own = versions.get(language.tag());
        if (own != null) {
            return new Shown(own, language, true);
        }
        for (SupportedLanguage other : FALLBACK) {
            String text = versions.get(other.tag());
            if (text != null) {
                return new Shown(text, other, false);
            }
        }
        return new Shown("", language, false);
    }

    /** A text as shown to one reader: in {@code language}, which is theirs when {@code translated}. */
    public record Shown(String text, SupportedLanguage language, boolean translated) {
    }
}
