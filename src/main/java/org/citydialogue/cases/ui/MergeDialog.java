package org.citydialogue.cases.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** 重复工单合并: the reference of the case this one duplicates; this one is then closed into it. */
final class MergeDialog extends StepDialog {

    MergeDialog(CaseTexts texts, Consumer<String> merge) {
        super(texts, "merge-dialog", texts.getTranslation("case.merge"));
        TextField original = field("original", new TextField(texts.getTranslation("case.merge.original")));
        original.setId("merge-original");
        original.setRequiredIndicatorVisible(true);
        original.setManualValidation(true);
        submit("merge-submit", texts.getTranslation("case.action.submit"), () -> merge.accept(original.getValue()));
        addOpenedChangeListener(opened -> original.focus());
    }
}
