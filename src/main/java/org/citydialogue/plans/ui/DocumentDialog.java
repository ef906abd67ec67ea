package org.citydialogue.plans.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.citydialogue.plans.DocumentLink;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.PlanDrafts.DocumentDraft;
import org.citydialogue.plans.PlanEdits;
import org.jspecify.annotations.Nullable;

/** A new link to a document the partnership keeps elsewhere, or its title and address as opened. */
class DocumentDialog extends EditDialog {

    DocumentDialog(PlanScreen screen, PlanEdits edits, @Nullable DocumentLink was) {
        super(screen, "document-dialog", was == null ? screen.t("plans.document.new") : screen.show(was.title()));
        var title = new LanguageVersionField(screen, "plans.document.title", "document-title",
                was == null ? LocalizedText.of(screen.language(), "") : was.title());
        TextField url = new TextField(screen.t("plans.document.url"));
        url.setId("document-url");
        url.setWidthFull();
        url.setValue(was == null ? "" : was.url());
        add(title, url);
        saveWith("document-save", () -> edits.saveDocument(screen.staff(), screen.partnershipId(),
                new DocumentDraft(was, title.text(), url.getValue())));
    }
}
