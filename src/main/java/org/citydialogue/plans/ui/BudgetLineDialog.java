package org.citydialogue.plans.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import org.citydialogue.plans.BudgetLine;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Participant;
import org.citydialogue.plans.PlanDrafts.BudgetDraft;
import org.citydialogue.plans.PlanEdits;
import org.jspecify.annotations.Nullable;

/** A new budget line, or one as it was opened: which city pays, in SEK or CNY, planned and spent, grant or own. */
class BudgetLineDialog extends EditDialog {

    BudgetLineDialog(PlanScreen screen, PlanEdits edits, @Nullable BudgetLine was) {
        super(screen, "budget-dialog", was == null ? screen.t("plans.budget.new") : screen.show(was.title()));
        var title = new LanguageVersionField(screen, "plans.budget.line", "budget-title",
                was == null ? LocalizedText.of(screen.language(), "") : was.title());
        ComboBox<String> city = new ComboBox<>(screen.t("plans.budget.city"),
                screen.participants().stream().map(Participant::tenantId).distinct().toList());
        city.setItemLabelGenerator(screen.cityName()::apply);
        city.setId("budget-city");
        ComboBox<String> currency = new ComboBox<>(screen.t("plans.budget.currency"), List.of("SEK", "CNY"));
        currency.setId("budget-currency");
        BigDecimalField planned = new BigDecimalField(screen.t("plans.budget.planned"));
        planned.setId("budget-planned");
        BigDecimalField spent = new BigDecimalField(screen.t("plans.budget.spent"));
        spent.setId("budget-spent");
        ComboBox<BudgetLine.Funding> funding = new ComboBox<>(screen.t("plans.budget.funding"),
                BudgetLine.Funding.values());
        funding.setItemLabelGenerator(f -> screen.t("plans.budget.funding." + f.code()));
        funding.setId("budget-funding");
        city.setValue(was == null ? screen.staff().tenantId() : was.tenantId());
        currency.setValue(was == null ? "SEK" : was.currency());
        planned.setValue(was == null ? null : was.planned());
        spent.setValue(was == null ? BigDecimal.ZERO : was.spent());
        funding.setValue(was == null ? BudgetLine.Funding.GRANT : was.funding());
        add(title, new FormLayout(city, funding, currency, planned, spent));
        saveWith("budget-save", () -> edits.saveBudgetLine(screen.staff(), screen.partnershipId(), new BudgetDraft(
                was == null ? 0 : was.id(), was == null ? 0 : was.version(), title.text(),
                city.getValue() == null ? "" : city.getValue(), currency.getValue() == null ? "" : currency.getValue(),
                planned.getValue(), spent.getValue(), funding.getValue())));
    }
}
