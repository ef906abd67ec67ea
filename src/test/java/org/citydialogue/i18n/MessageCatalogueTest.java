package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the three catalogues complete and consistent, and every key used in code present.
 *
 * <p>Convention for keys in code: always a plain string literal passed to {@code
 * getTranslation("…")} (any receiver) or to {@code Msg.key("…")}. Keys built by concatenation are
 * reported, because no scan could check them. Comments are ignored.
 */
class MessageCatalogueTest {

    private static final Path SOURCE_FOLDER = Path.of("i18n");
    private static final Path MAIN_JAVA = Path.of("src/main/java");

    static final Pattern KEY_USE = Pattern.compile("(?:getTranslation|Msg\\.key)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern BUILT_KEY = Pattern.compile(
            "(?:getTranslation|Msg\\.key)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+|Msg\\.key\\((?!\\s*\"[^\"]*\"\\s*\\))");
    // MessageFormat would format a date in the JVM's zone; dates must come from Formats.
    private static final Pattern DATE_ARGUMENT = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(date|time)\\s*[,}]");

    private final MessageCatalogue catalogue = MessageCatalogue.fromClasspath();

    @Test
    void there_is_one_utf8_file_per_supported_language_and_no_key_twice() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(SOURCE_FOLDER)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SupportedLanguage.values()).map(l -> l.tag() + ".properties").toList());
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Path file = SOURCE_FOLDER.resolve(language.tag() + ".properties");
            try (InputStream in = Files.newInputStream(file)) {
                MessageCatalogue.read(in); // strict UTF-8: throws on any other encoding
            }
            List<String> keys = Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                    .map(line -> line.split("\\s*[=:]", 2)[0])
                    .toList();
            assertThat(keys).as("keys defined twice in %s", file).doesNotHaveDuplicates();
        }
    }

    @Test
    void every_key_is_in_every_language() {
        Set<String> allKeys = new TreeSet<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            allKeys.addAll(catalogue.patterns(language).keySet());
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Set<String> lacking = new TreeSet<>(allKeys);
            lacking.removeAll(catalogue.patterns(language).keySet());
            if (!lacking.isEmpty()) {
                missing.put(language.tag(), lacking);
            }
        }
        assertThat(missing).as("keys missing per language").isEmpty();
    }

    @Test
    void every_value_is_an_icu_pattern_with_the_same_arguments_in_every_language() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> englishArguments = new HashMap<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            catalogue.patterns(language).forEach((key, pattern) -> {
                try {
                    MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
                    Set<String> arguments = new TreeSet<>(format.getArgumentNames());
                    Set<String> expected = englishArguments.computeIfAbsent(key, k -> arguments);
                    if (!expected.equals(arguments)) {
                        problems.add(language.tag() + " " + key + ": arguments " + arguments + " but en has " + expected);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(language.tag() + " " + key + ": not an ICU pattern: " + e.getMessage());
                }
                if (DATE_ARGUMENT.matcher(pattern).find()) {
                    problems.add(language.tag() + " " + key + ": format dates with Formats, not {x, date}");
                }
                if (pattern.isBlank()) {
                    problems.add(language.tag() + " " + key + ": empty text");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_used_in_main_code_exists() throws IOException {
        Set<String> known = catalogue.patterns(SupportedLanguage.EN).keySet();
        Map<String, String> unknown = new TreeMap<>();
        List<String> builtKeys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = withoutComments(Files.readString(file));
                for (String key : keysUsedIn(code)) {
                    if (!known.contains(key)) {
                        unknown.put(key, file.toString());
                    }
                }
                if (BUILT_KEY.matcher(code).find()) {
                    builtKeys.add(file.toString());
                }
            }
        }
        assertThat(unknown).as("keys used in code but missing from i18n/en.properties").isEmpty();
        assertThat(builtKeys).as("keys must be string literals, not built by concatenation").isEmpty();
    }

    @Test
    void the_key_scan_finds_both_forms_and_flags_built_keys() {
        String code = """
                add(new H1(getTranslation("home.title")));
                String k = Msg.key("role.agent"); t.getTranslation( "staff.count", Map.of("count", 2));
                """;
        assertThat(keysUsedIn(code)).containsExactly("home.title", "role.agent", "staff.count");
        assertThat(BUILT_KEY.matcher("getTranslation(\"role.\" + role)").find()).isTrue();
        assertThat(BUILT_KEY.matcher("Msg.key(name)").find()).isTrue();
        assertThat(BUILT_KEY.matcher(code).find()).isFalse();
        assertThat(withoutComments("/** getTranslation(\"x\") */ a(); // getTranslation(\"y\")")).doesNotContain("getTranslation");
    }

    static List<String> keysUsedIn(String code) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY_USE.matcher(code);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** Drops comments, so examples in Javadoc are not taken for uses. */
    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$|\\s//.*$", "");
    }
}
