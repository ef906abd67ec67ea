package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HardCodedTextGuardTest {

    private final Translations translations = new Translations();

    private String t(String key, Object... params) {
        return translations.getTranslation(key, HardCodedTextGuard.PSEUDO_LOCALE, params);
    }

    @Test
    void reports_a_hard_coded_span_but_not_a_translated_one() {
        Div view = new Div(new Span("Welcome"), new Span(t("home.title")));
        assertThat(HardCodedTextGuard.findHardCodedText(view)).containsExactly("<span> text: Welcome");
    }

    @Test
    void checks_labels_placeholders_and_aria_labels() {
        TextField username = new TextField(t("signin.username"));
        username.setPlaceholder("e.g. anna.svensson");
        Button signOut = new Button(t("shell.signout"));
        signOut.setAriaLabel("Sign out");
        Div view = new Div(username, signOut);
        assertThat(HardCodedTextGuard.findHardCodedText(view)).containsExactlyInAnyOrder(
                "<vaadin-text-field> property placeholder: e.g. anna.svensson",
                "<vaadin-button> attribute aria-label: Sign out");
    }

    @Test
    void accepts_data_inside_a_translation_and_components_marked_as_data() {
        Div view = new Div(
                new Span(t("home.welcome", Map.of("name", "Anna Svensson"))),
                DataText.mark(new Span("Västerås")),
                DataText.mark(new Div(new Span("济南"))),
                new Span(" 12 / 40 "));
        assertThat(HardCodedTextGuard.findHardCodedText(view)).isEmpty();
    }

    @Test
    void reports_text_glued_to_a_translation_and_missing_keys() {
        Div view = new Div(new Span(t("shell.city") + ": Jinan"), new Span(t("no.such.key")));
        assertThat(HardCodedTextGuard.findHardCodedText(view)).containsExactly(
                "<span> text: ⟦City⟧: Jinan", "<span> text: !no.such.key!");
        assertThatThrownBy(() -> HardCodedTextGuard.assertNoHardCodedText(view))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Jinan");
    }

    @Test
    void checks_grid_column_headers() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(name -> name).setHeader(t("staff.column.name"));
        grid.addColumn(name -> name).setHeader("Department");
        assertThat(HardCodedTextGuard.findHardCodedText(grid)).hasSize(1).first().asString().endsWith("Department");
    }

    @Test
    void checks_the_texts_of_a_components_i18n_object() {
        LoginForm form = new LoginForm();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(t("signin.title"));
        form.setI18n(i18n);
        assertThat(HardCodedTextGuard.findHardCodedText(form))
                .contains("<vaadin-login-form> i18n /form/username: Username")
                .noneMatch(text -> text.contains("/form/title"));
    }
}
