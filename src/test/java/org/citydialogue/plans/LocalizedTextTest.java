package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.citydialogue.i18n.SupportedLanguage;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void a_jinan_reader_sees_the_chinese_version_where_there_is_one() {
        LocalizedText title = LocalizedText.of("Förstudie", "Pre-study", "预研究");

        assertThat(title.forReader(SupportedLanguage.ZH_HANS))
                .isEqualTo(new LocalizedText.Shown("预研究", SupportedLanguage.ZH_HANS, true));
    }

    @Test
    void without_their_version_a_reader_sees_english_first_marked_as_not_translated() {
        LocalizedText title = new LocalizedText(Map.of("sv", "Workshop", "en", "Workshop on meetings"));

        LocalizedText.Shown shown = title.forReader(SupportedLanguage.ZH_HANS);

        assertThat(shown.translated()).isFalse();
        assertThat(shown.text()).isEqualTo("Workshop on meetings");
        assertThat(shown.language()).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void adding_a_translation_keeps_the_other_versions_and_blank_ones_are_dropped() {
        LocalizedText title = LocalizedText.of(SupportedLanguage.SV, "Workshop: alltid bästa möjliga möte");

        LocalizedText translated = title.with(SupportedLanguage.ZH_HANS, " 研讨会 ").with(SupportedLanguage.EN, " ");

        assertThat(translated.versions()).containsOnly(Map.entry("sv", "Workshop: alltid bästa möjliga möte"),
                Map.entry("zh-Hans", "研讨会"));
        assertThat(translated.forReader(SupportedLanguage.ZH_HANS).translated()).isTrue();
    }

    @Test
    void a_language_the_product_does_not_have_is_refused() {
        assertThatThrownBy(() -> new LocalizedText(Map.of("fi", "Esiselvitys")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
