package org.citydialogue.i18n.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.i18n.SupportedLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ViewPackages(classes = LanguageSwitchTest.Blank.class)
class LanguageSwitchTest extends BrowserlessTest {

    /**
     * An empty start page, so the app's own views (which need Spring) are not loaded here. Not
     * registered at startup: the whole app in {@code @AppTest} scans test classes too, and a second
     * route "" there stops it from starting. This test registers it itself.
     */
    @Route(value = "", registerAtStartup = false)
    public static class Blank extends Div {
    }

    @BeforeEach
    void showBlankPage() {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(Blank.class);
        UI.getCurrent().navigate(Blank.class);
    }

    static {
        // No Spring here: tell Vaadin which provider to use before the environment starts.
        System.setProperty(HardCodedTextGuard.PROVIDER_PROPERTY, HardCodedTextGuard.PROVIDER);
    }

    private final List<SupportedLanguage> kept = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Select<SupportedLanguage> showSwitch(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().add(new LanguageSwitch(kept::add));
        return $(Select.class).single();
    }

    @Test
    void shows_the_current_language_with_a_translated_label() {
        Select<SupportedLanguage> select = showSwitch(Locale.forLanguageTag("sv-SE"));
        assertThat(select.getValue()).isEqualTo(SupportedLanguage.SV);
        assertThat(select.getAriaLabel()).contains("Språk");
        assertThat(test(select).getSuggestions()).containsExactly("English", "Svenska", "简体中文");
    }

    @Test
    void choosing_a_language_switches_ui_and_session_and_hands_the_choice_over() {
        Select<SupportedLanguage> select = showSwitch(Locale.forLanguageTag("sv"));
        test(select).selectItem("简体中文");
        assertThat(kept).containsExactly(SupportedLanguage.ZH_HANS);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLanguage.ZH_HANS.locale());
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(SupportedLanguage.ZH_HANS.locale());
        assertThat(select.getAriaLabel()).contains("语言");
    }

    @Test
    void following_a_locale_set_elsewhere_is_not_reported_as_a_choice() {
        Select<SupportedLanguage> select = showSwitch(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-CN"));
        assertThat(select.getValue()).isEqualTo(SupportedLanguage.ZH_HANS);
        assertThat(kept).isEmpty();
    }

    @Test
    void has_no_hard_coded_text() {
        Select<SupportedLanguage> select = showSwitch(HardCodedTextGuard.PSEUDO_LOCALE);
        assertThat(test(select).getSuggestions()).contains("⟦Svenska⟧");
        HardCodedTextGuard.assertNoHardCodedText(UI.getCurrent());

        UI.getCurrent().add(new Span("oops"));
        assertThat(HardCodedTextGuard.findHardCodedText(UI.getCurrent())).containsExactly("<span> text: oops");
    }
}
