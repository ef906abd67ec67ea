package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale ZH = Locale.forLanguageTag("zh-Hans");

    private final Translations translations = new Translations();

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void offers_english_swedish_and_simplified_chinese() {
        assertThat(translations.getProvidedLocales())
                .containsExactly(EN, SV, Locale.forLanguageTag("zh-Hans"));
    }

    @Test
    void names_the_product_in_each_language() {
        assertThat(t("app.name", EN)).isEqualTo("City Dialogue");
        assertThat(t("app.name", SV)).isEqualTo("Stadsdialog");
        assertThat(t("app.name", ZH)).isEqualTo("城市对话");
    }

    @Test
    void counts_staff_with_english_and_swedish_plurals() {
        assertThat(t("staff.count", EN, Map.of("count", 0))).isEqualTo("No staff members");
        assertThat(t("staff.count", EN, Map.of("count", 1))).isEqualTo("1 staff member");
        assertThat(t("staff.count", EN, Map.of("count", 40))).isEqualTo("40 staff members");
        assertThat(t("staff.count", SV, Map.of("count", 1))).isEqualTo("1 medarbetare");
        assertThat(t("staff.count", SV, Map.of("count", 0))).isEqualTo("Inga medarbetare");
    }

    @Test
    void chinese_has_one_plural_form_other() {
        assertThat(t("staff.count", ZH, Map.of("count", 1))).isEqualTo("共 1 名工作人员");
        assertThat(t("staff.count", ZH, Map.of("count", 2))).isEqualTo("共 2 名工作人员");
    }

    @Test
    void fills_named_arguments_from_a_map() {
        assertThat(t("home.welcome", SV, Map.of("name", "Anna"))).isEqualTo("Välkommen, Anna!");
        assertThat(t("home.welcome", ZH, Map.of("name", "李明"))).isEqualTo("欢迎您，李明！");
    }

    @Test
    void formats_number_arguments_the_local_way() {
        assertThat(spaces(t("tenant.population", SV, Map.of("population", 155_000))))
                .isEqualTo("Invånare: 155 000");
        assertThat(t("tenant.population", EN, Map.of("population", 155_000)))
                .isEqualTo("Population: 155,000");
    }

    @Test
    void fills_positional_arguments() {
        Map<SupportedLanguage, Map<String, String>> patterns = new EnumMap<>(SupportedLanguage.class);
        patterns.put(SupportedLanguage.EN, Map.of("pair", "{0} and {1}"));
        Translations custom = new Translations(new MessageCatalogue(patterns));
        assertThat(custom.getTranslation("pair", EN, "Västerås", "Jinan")).isEqualTo("Västerås and Jinan");
    }

    @Test
    void maps_any_chinese_locale_to_simplified_chinese() {
        for (String tag : List.of("zh", "zh-CN", "zh-Hans-CN", "zh-SG")) {
            assertThat(t("app.name", Locale.forLanguageTag(tag))).as(tag).isEqualTo("城市对话");
        }
    }

    @Test
    void maps_finland_swedish_to_swedish_and_others_to_english() {
        assertThat(t("app.name", Locale.forLanguageTag("sv-FI"))).isEqualTo("Stadsdialog");
        assertThat(t("app.name", Locale.FRENCH)).isEqualTo("City Dialogue");
        assertThat(t("app.name", null)).isEqualTo("City Dialogue");
    }

    @Test
    void shows_a_missing_key_instead_of_failing() {
        assertThat(t("no.such.key", SV)).isEqualTo("!no.such.key!");
        assertThat(t("no.such.key", SV)).isEqualTo("!no.such.key!");
    }

    @Test
    void falls_back_to_english_when_only_one_catalogue_lacks_a_key() {
        Map<SupportedLanguage, Map<String, String>> patterns = new EnumMap<>(SupportedLanguage.class);
        patterns.put(SupportedLanguage.EN, Map.of("only.en", "English only"));
        patterns.put(SupportedLanguage.SV, Map.of());
        Translations custom = new Translations(new MessageCatalogue(patterns));
        assertThat(custom.getTranslation("only.en", SV)).isEqualTo("English only");
    }

    @Test
    void wrong_arguments_show_the_key_instead_of_failing() {
        assertThat(t("home.welcome", EN, "positional")).isEqualTo("!home.welcome!");
    }

    @Test
    void pseudo_locale_marks_translated_text() {
        assertThat(t("app.name", Translations.PSEUDO_LOCALE)).isEqualTo("⟦City Dialogue⟧");
        assertThat(t("no.such.key", Translations.PSEUDO_LOCALE)).isEqualTo("!no.such.key!");
    }

    @Test
    void many_screens_formatting_the_same_message_at_once_each_get_their_own_numbers() throws Exception {
        int threads = 16, each = 2_000;
        // What one screen alone is told for each count is what it must be told amid fifteen others.
        List<String> alone = java.util.stream.IntStream.range(0, threads * each)
                .mapToObj(n -> t("case.queue.count", SV, Map.of("count", n))).toList();
        assertThat(spaces(alone.get(12_345))).isEqualTo("12 345 ärenden");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<List<String>>>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                results.add(pool.submit(() -> java.util.stream.IntStream.range(first, first + each)
                        .filter(n -> !t("case.queue.count", SV, Map.of("count", n)).equals(alone.get(n)))
                        .mapToObj(n -> n + " -> " + t("case.queue.count", SV, Map.of("count", n))).toList()));
            }
            for (var result : results) {
                assertThat(result.get()).isEmpty();
            }
        }
    }
}
