package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydialogue.i18n.SupportedLanguage.EN;
import static org.citydialogue.i18n.SupportedLanguage.SV;
import static org.citydialogue.i18n.SupportedLanguage.ZH_HANS;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final Locale VASTERAS_DEFAULT = Locale.forLanguageTag("sv-SE");
    private static final Locale JINAN_DEFAULT = Locale.forLanguageTag("zh-Hans-CN");
    private static final List<Locale> NONE = List.of();

    @Test
    void a_kept_choice_wins_over_everything() {
        assertThat(LanguageChoice.resolve(EN, JINAN_DEFAULT, List.of(Locale.forLanguageTag("zh-CN"))))
                .isEqualTo(EN);
    }

    @Test
    void without_a_choice_the_tenants_default_is_used() {
        assertThat(LanguageChoice.resolve(null, VASTERAS_DEFAULT, List.of(Locale.ENGLISH))).isEqualTo(SV);
        assertThat(LanguageChoice.resolve(null, JINAN_DEFAULT, NONE)).isEqualTo(ZH_HANS);
    }

    @Test
    void an_unsupported_tenant_default_falls_through_to_the_browser() {
        Locale finnish = Locale.forLanguageTag("fi-FI");
        assertThat(LanguageChoice.resolve(null, finnish, List.of(Locale.forLanguageTag("sv-FI")))).isEqualTo(SV);
    }

    @Test
    void the_first_supported_browser_language_is_used() {
        assertThat(LanguageChoice.resolve(null, null, "fr-FR, zh-CN;q=0.8, en;q=0.5")).isEqualTo(ZH_HANS);
        assertThat(LanguageChoice.resolve(null, null, "de;q=0.9, sv;q=0.95, en;q=0.1")).isEqualTo(SV);
    }

    @Test
    void a_refused_browser_language_is_skipped() {
        assertThat(LanguageChoice.resolve(null, null, "zh;q=0, en;q=0.5")).isEqualTo(EN);
    }

    @Test
    void english_is_the_last_resort() {
        assertThat(LanguageChoice.resolve(null, null, NONE)).isEqualTo(EN);
        assertThat(LanguageChoice.resolve(null, null, "fr, de")).isEqualTo(EN);
        assertThat(LanguageChoice.resolve(null, null, (String) null)).isEqualTo(EN);
    }

    @Test
    void a_malformed_header_does_not_break_sign_in() {
        assertThat(LanguageChoice.resolve(null, null, "q=;;,,@@")).isEqualTo(EN);
    }

    @Test
    void a_stored_tag_reads_back_as_the_language() {
        assertThat(SupportedLanguage.fromTag("zh-Hans")).contains(ZH_HANS);
        assertThat(SupportedLanguage.fromTag("xx")).isEmpty();
    }
}
