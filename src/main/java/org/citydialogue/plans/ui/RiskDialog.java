package org.citydialogue.plans.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Participant;
import org.citydialogue.plans.PlanDrafts.RiskDraft;
import org.citydialogue.plans.PlanEdits;
import org.citydialogue.plans.Risk;
import org.jspecify.annotations.Nullable;

/** A new risk, or one as it was opened: likelihood and impact 1–5, how it is mitigated and by whom. */
class RiskDialog extends EditDialog {

    RiskDialog(PlanScreen screen, PlanEdits edits, @Nullable Risk was) {
        super(screen, "risk-dialog", was == null ? screen.t("plans.risk.new") : screen.show(was.title()));
        LocalizedText none = LocalizedText.of(screen.language(), "");
        var title = new LanguageVersionField(screen, "plans.risk", "risk-title", was == null ? none : was.title());
        var mitigation = new LanguageVersionField(screen, "plans.risk.mitigation", "risk-mitigation",
                was == null ? none : was.mitigation());
        IntegerField likelihood = rating(screen, "plans.risk.likelihood", "risk-likelihood");
        IntegerField impact = rating(screen, "plans.risk.impact", "risk-impact");
        ComboBox<Participant> owner = new ComboBox<>(screen.t("plans.owner"), screen.participants());
        owner.setItemLabelGenerator(screen::person);
        owner.setId("risk-owner");
        likelihood.setValue(was == null ? null : was.likelihood());
        impact.setValue(was == null ? null : was.impact());
        owner.setValue(was == null ? screen.self() : was.owner());
        add(title, new FormLayout(likelihood, impact, owner), mitigation);
        saveWith("risk-save", () -> edits.saveRisk(screen.staff(), screen.partnershipId(), new RiskDraft(
                was == null ? 0 : was.id(), was == null ? 0 : was.version(), title.text(),
                likelihood.getValue() == null ? 0 : likelihood.getValue(),
                impact.getValue() == null ? 0 : impact.getValue(), mitigation.text(),
                owner.getValue() == null ? "" : owner.getValue().tenantId(),
                owner.getValue() == null ? "" : owner.getValue().subject())));
    }

    private static IntegerField rating(PlanScreen screen, String labelKey, String id) {
        IntegerField rating = new IntegerField(screen.t(labelKey));
        rating.setId(id);
        rating.setMin(1);
        rating.setMax(5);
        rating.setStepButtonsVisible(true);
        rating.setHelperText(screen.t("plans.risk.scale"));
        return rating;
    }
}
