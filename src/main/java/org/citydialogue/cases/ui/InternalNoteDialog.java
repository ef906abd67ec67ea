package org.citydialogue.cases.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** A note for staff only: on the timeline, never shown to the resident. */
final class InternalNoteDialog extends StepDialog {

    InternalNoteDialog(CaseTexts texts, Consumer<String> save) {
        super(texts, "note-dialog", texts.getTranslation("case.note.add"));
        TextArea text = field("text", new TextArea(texts.getTranslation("case.note.text")));
        text.setId("note-text");
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true);
        text.setMaxLength(4000);
        submit("note-save", texts.getTranslation("case.action.submit"), () -> save.accept(text.getValue()));
        addOpenedChangeListener(opened -> text.focus());
    }
}
