package org.citydialogue.i18n.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.Objects;
import java.util.function.Consumer;
import org.citydialogue.i18n.SupportedLanguage;

/**
 * The language menu of the app shell. Switching sets the locale of the UI and the session at
 * once, then hands the choice to {@code onChange}, which the caller uses to keep it (this module
 * does not store user preferences).
 */
public class LanguageSwitch extends Composite<Select<SupportedLanguage>> implements LocaleChangeObserver {

    private final Consumer<SupportedLanguage> onChange;
    // True while the switch follows a locale set elsewhere, so that is not reported as a choice.
    private boolean following;

    public LanguageSwitch(Consumer<SupportedLanguage> onChange) {
        this.onChange = Objects.requireNonNull(onChange);
        Select<SupportedLanguage> select = getContent();
        select.setItems(SupportedLanguage.values());
        select.setItemLabelGenerator(language -> getTranslation(language.nameKey()));
        select.setRenderer(new ComponentRenderer<>(this::option));
        select.addValueChangeListener(event -> {
            if (!following && event.getValue() != null) {
                choose(event.getValue());
            }
        });
    }

    /** Each name is in its own language, so mark it for screen readers (WCAG 3.1.2). */
    private Span option(SupportedLanguage language) {
        Span name = new Span(getTranslation(language.nameKey()));
        name.getElement().setAttribute("lang", language.tag());
        return name;
    }

    private void choose(SupportedLanguage language) {
        UI.getCurrent().setLocale(language.locale());
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        onChange.accept(language);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        follow();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        follow();
    }

    private void follow() {
        Select<SupportedLanguage> select = getContent();
        select.setAriaLabel(getTranslation("shell.language"));
        following = true;
        try {
            // Re-render the names first: a refresh clears the Select's value.
            select.getDataProvider().refreshAll();
            select.setValue(SupportedLanguage.match(getLocale()));
        } finally {
            following = false;
        }
    }

    /** The language currently shown. */
    public SupportedLanguage value() {
        return getContent().getValue();
    }
}
