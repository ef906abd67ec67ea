package org.citydialogue.plans.ui;

import java.util.List;
import java.util.function.Consumer;
import org.citydialogue.plans.LocalizedText;

/** Edits one or more texts of the plan (the goals, an outcome's title) in the reader's language. */
class TextsDialog extends EditDialog {

    TextsDialog(PlanScreen screen, String id, String header, List<LanguageVersionField> fields,
            Consumer<List<LocalizedText>> save) {
        super(screen, id, header);
        setWidth("36em");
        fields.forEach(this::add);
        saveWith(id + "-save", () -> save.accept(fields.stream().map(LanguageVersionField::text).toList()));
    }
}
