package org.citydialogue.cases.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.citydialogue.cases.CannedReply;
import org.citydialogue.i18n.DataText;

/**
 * The reply composer: a canned reply for the case's category, picked in the resident's language,
 * goes into the text the staff member edits before sending. Sending records the reply on the timeline.
 */
final class ReplyDialog extends StepDialog {

    ReplyDialog(CaseTexts texts, List<CannedReply> suggestions, Consumer<String> send) {
        super(texts, "reply-dialog", texts.getTranslation("case.reply.write"));
        setWidth("40rem");
        // The replies are the city's own text, from its replies file.
        ComboBox<CannedReply> canned = DataText.mark(new ComboBox<>(texts.getTranslation("case.reply.canned")));
        canned.setId("reply-canned");
        canned.setItems(suggestions);
        canned.setItemLabelGenerator(CannedReply::label);
        canned.setClearButtonVisible(true);
        canned.setVisible(!suggestions.isEmpty());
        field("canned", canned);
        TextArea text = field("text", new TextArea(texts.getTranslation("case.reply.text")));
        text.setId("reply-text");
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true);
        text.setMaxLength(4000);
        text.setMinHeight("10rem");
        canned.addValueChangeListener(picked -> {
            if (picked.getValue() != null) {
                text.setValue(insert(text.getValue(), picked.getValue().text()));
                text.focus();
            }
        });
        submit("reply-send", texts.getTranslation("case.reply.send"), () -> send.accept(text.getValue()));
        addOpenedChangeListener(opened -> text.focus());
    }

    /** Empty text becomes the canned reply; anything typed already stays, with the reply after it. */
    static String insert(String typed, String reply) {
        return typed == null || typed.isBlank() ? reply : typed.stripTrailing() + "\n\n" + reply;
    }
}
