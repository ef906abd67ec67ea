package org.citydialogue.plans.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.citydialogue.plans.Indicator;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Outcome;
import org.citydialogue.plans.PlanDrafts.IndicatorDraft;
import org.citydialogue.plans.PlanEdits;
import org.jspecify.annotations.Nullable;

/** A new indicator of an outcome, or the title, unit, baseline and target of one as it was opened. */
class IndicatorDialog extends EditDialog {

    IndicatorDialog(PlanScreen screen, PlanEdits edits, Outcome outcome, @Nullable Indicator was) {
        super(screen, "indicator-dialog", was == null ? screen.t("plans.indicator.new") : screen.show(was.title()));
        var title = new LanguageVersionField(screen, "plans.indicator", "indicator-title",
                was == null ? LocalizedText.of(screen.language(), "") : was.title());
        TextField unit = new TextField(screen.t("plans.indicator.unit"));
        unit.setId("indicator-unit");
        BigDecimalField baseline = new BigDecimalField(screen.t("plans.indicator.baseline"));
        baseline.setId("indicator-baseline");
        BigDecimalField target = new BigDecimalField(screen.t("plans.indicator.target"));
        target.setId("indicator-target");
        if (was != null) {
            unit.setValue(was.unit());
            baseline.setValue(was.baseline());
            target.setValue(was.target());
        }
        add(title, new FormLayout(unit, baseline, target));
        saveWith("indicator-save", () -> edits.saveIndicator(screen.staff(), screen.partnershipId(),
                new IndicatorDraft(was == null ? 0 : was.id(), was == null ? 0 : was.version(), outcome.id(),
                        title.text(), unit.getValue(), baseline.getValue(), target.getValue())));
    }
}
