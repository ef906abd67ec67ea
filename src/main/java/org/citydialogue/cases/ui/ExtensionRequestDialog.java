package org.citydialogue.cases.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** 延期申请: how many more working days, and why. The supervisor decides. */
final class ExtensionRequestDialog extends StepDialog {

    interface Request {
        void request(int workingDays, String reason);
    }

    ExtensionRequestDialog(CaseTexts texts, int maxWorkingDays, Request request) {
        super(texts, "extension-request-dialog", texts.getTranslation("case.extension.request"));
        IntegerField days = field("workingDays", new IntegerField(texts.getTranslation("case.extension.days")));
        days.setId("extension-days");
        days.setMin(1);
        days.setMax(maxWorkingDays);
        days.setStepButtonsVisible(true);
        days.setRequiredIndicatorVisible(true);
        days.setManualValidation(true);
        TextArea reason = field("reason", new TextArea(texts.getTranslation("case.extension.reason")));
        reason.setId("extension-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(4000);
        reason.setManualValidation(true);
        submit("extension-request-submit", texts.getTranslation("case.action.submit"),
                () -> request.request(days.getValue() == null ? 0 : days.getValue(), reason.getValue()));
        addOpenedChangeListener(opened -> days.focus());
    }
}
