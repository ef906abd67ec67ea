package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.LocalizedText;

/**
 * A text of the plan in the reader's language; where it has no version in that language yet, the
 * version there is, a "not yet translated" badge and a button to add the translation.
 */
class TextWithTranslation extends HorizontalLayout {

    TextWithTranslation(PlanScreen screen, LocalizedText text, Runnable translate) {
        setAlignItems(Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        LocalizedText.Shown shown = text.forReader(screen.language());
        Span content = DataText.mark(new Span(shown.text()));
        content.getElement().setAttribute("lang", shown.language().tag());
        add(content);
        if (!shown.translated()) {
            Span badge = new Span(screen.t("plans.not-translated"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("not-translated");
            Button add = new Button(screen.t("plans.translate"), click -> translate.run());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            add.addClassName("translate");
            add(badge, add);
        }
    }
}
