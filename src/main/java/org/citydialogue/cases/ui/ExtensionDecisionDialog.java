package org.citydialogue.cases.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.citydialogue.cases.ExtensionRequest;
import org.citydialogue.i18n.DataText;

/** 审批: a supervisor approves the pending request, or refuses it with a reason. */
final class ExtensionDecisionDialog extends StepDialog {

    interface Decision {
        void approve();

        void refuse(String reason);
    }

    ExtensionDecisionDialog(CaseTexts texts, ExtensionRequest pending, String requestedBy, Decision decision) {
        super(texts, "extension-decision-dialog", texts.getTranslation("case.extension.decide"));
        Paragraph asked = DataText.mark(new Paragraph(texts.getTranslation("case.fact.extension.value",
                Map.of("days", pending.workingDays(), "by", requestedBy, "reason", pending.reason()))));
        asked.setId("extension-decision-request");
        intro(asked);
        TextArea reason = field("reason", new TextArea(texts.getTranslation("case.extension.refusal.reason")));
        reason.setId("extension-refusal-reason");
        reason.setMaxLength(4000);
        reason.setManualValidation(true);
        submit("extension-refuse", texts.getTranslation("case.extension.refuse"),
                () -> decision.refuse(reason.getValue())).setThemeName("error primary");
        submit("extension-approve", texts.getTranslation("case.extension.approve"), decision::approve)
                .addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    }
}
