package org.citydialogue.plans.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.LocalizedText;

/**
 * Edits the reader's own language version of a multilingual text; the other versions are kept as
 * they are. Where the reader has no version yet, the one shown to them is under the field.
 */
class LanguageVersionField extends TextArea {

    private final PlanScreen screen;
    private final LocalizedText was;

    LanguageVersionField(PlanScreen screen, String labelKey, String id, LocalizedText was) {
        super(screen.t(labelKey));
        this.screen = screen;
        this.was = was;
        setId(id);
        setWidthFull();
        setValue(was.in(screen.language()).orElse(""));
        LocalizedText.Shown shown = was.forReader(screen.language());
        if (!shown.translated() && !shown.text().isEmpty()) {
            Span other = DataText.mark(new Span(shown.text()));
            other.getElement().setAttribute("lang", shown.language().tag());
            setHelperComponent(other);
        }
    }

    /** The text with the reader's version as typed (removed when left blank). */
    LocalizedText text() {
        return was.with(screen.language(), getValue());
    }
}
