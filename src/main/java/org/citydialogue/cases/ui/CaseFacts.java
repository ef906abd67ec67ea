package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.DataText;

/**
 * The facts of one case, label and value side by side. The resident's contact details are personal
 * data, shown to the staff who handle the case.
 */
final class CaseFacts extends FormLayout {

    CaseFacts(CaseTexts texts, ResidentCase c, Instant now) {
        var formats = texts.formats();
        fact(texts.getTranslation("case.column.reference"), data("fact-reference", c.reference()));
        fact(texts.getTranslation("case.column.kind"), data("fact-kind", texts.kind(c.kind())));
        fact(texts.getTranslation("case.column.channel"), text("fact-channel", texts.channel(c.channel())));
        fact(texts.getTranslation("case.column.category"), data("fact-category", texts.category(c.category())));
        fact(texts.getTranslation("case.column.status"), data("fact-status", texts.state(c.status())));
        fact(texts.getTranslation("case.column.received"), data("fact-received", formats.dateTime(c.receivedAt())));
        HorizontalLayout due = new HorizontalLayout(data("fact-due", formats.date(c.answerDueAt())),
                text("fact-countdown", texts.countdown(c, now)), texts.deadlineBadge(c, now));
        due.setSpacing(true);
        fact(texts.getTranslation("case.column.due"), due);
        fact(texts.getTranslation("case.column.department"), data("fact-department", texts.department(c.department())));
        fact(texts.getTranslation("case.fact.location"), optional("fact-location", c.location(), texts));
        if (c.residentName() == null && c.residentEmail() == null && c.residentPhone() == null) {
            fact(texts.getTranslation("case.fact.resident"),
                    text("fact-resident", texts.getTranslation("case.fact.anonymous")));
        } else {
            fact(texts.getTranslation("case.fact.resident"), optional("fact-resident", c.residentName(), texts));
            fact(texts.getTranslation("case.fact.phone"), optional("fact-phone", c.residentPhone(), texts));
            fact(texts.getTranslation("case.fact.email"), optional("fact-email", c.residentEmail(), texts));
        }
        fact(texts.getTranslation("case.fact.language"), text("fact-language", texts.language(c.residentLanguage())));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        // "Ärendenummer" and "Invånarens språk" overflow the default 8em and push their rows apart.
        setLabelWidth("10em");
        setId("case-facts");
    }

    private void fact(String label, Component value) {
        addFormItem(value, label);
    }

    /** Text from the tenant's data or the resident: not from the catalogues. */
    private static Span data(String id, String text) {
        Span span = DataText.mark(new Span(text == null ? "" : text));
        span.setId(id);
        return span;
    }

    /** Text from the catalogues. */
    private static Span text(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private static Span optional(String id, String value, CaseTexts texts) {
        return value == null ? text(id, texts.getTranslation("case.fact.none")) : data(id, value);
    }
}
