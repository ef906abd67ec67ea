package org.citydialogue.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The raw patterns of the three catalogues, read from {@code i18n/<tag>.properties} on the
 * classpath. Read as strict UTF-8 (not ResourceBundle, which would guess the encoding): a file
 * saved in another encoding fails at start-up instead of showing garbled Chinese.
 */
final class MessageCatalogue {

    static final String FOLDER = "i18n/";

    private final Map<SupportedLanguage, Map<String, String>> patterns;

    MessageCatalogue(Map<SupportedLanguage, Map<String, String>> patterns) {
        this.patterns = new EnumMap<>(patterns);
    }

    static MessageCatalogue fromClasspath() {
        Map<SupportedLanguage, Map<String, String>> all = new EnumMap<>(SupportedLanguage.class);
        ClassLoader loader = MessageCatalogue.class.getClassLoader();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String name = FOLDER + language.tag() + ".properties";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message catalogue " + name);
                }
                all.put(language, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }
        return new MessageCatalogue(all);
    }

    /** Reads one catalogue; sorted so reports and tests are stable. */
    static Map<String, String> read(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    @Nullable String pattern(SupportedLanguage language, String key) {
        return patterns.getOrDefault(language, Map.of()).get(key);
    }

    Map<String, String> patterns(SupportedLanguage language) {
        return patterns.getOrDefault(language, Map.of());
    }
}
