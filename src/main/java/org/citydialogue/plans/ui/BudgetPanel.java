package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import org.citydialogue.plans.BudgetLine;
import org.citydialogue.plans.BudgetTotals;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.PlanEdits;

/** The budget lines in the currency each is paid in, and the totals in SEK at the plan's rate; editors add and change lines. */
class BudgetPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final Grid<BudgetLine> grid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private Plan plan;

    BudgetPanel(PlanScreen screen, PlanEdits edits) {
        this.screen = screen;
        setPadding(false);
        Button add = screen.editButton("plans.budget.add", "add-budget-line",
                () -> new BudgetLineDialog(screen, edits, null).open());
        add.setId("add-budget-line");
        grid.setId("budget");
        grid.addColumn(line -> screen.show(line.title())).setHeader(screen.t("plans.budget.line")).setFlexGrow(3);
        grid.addColumn(line -> screen.cityName().apply(line.tenantId())).setHeader(screen.t("plans.budget.city"));
        grid.addColumn(line -> screen.t("plans.budget.funding." + line.funding().code()))
                .setHeader(screen.t("plans.budget.funding"));
        grid.addColumn(line -> screen.formats().money(line.planned(), line.currency()))
                .setHeader(screen.t("plans.budget.planned"));
        grid.addColumn(line -> screen.formats().money(line.spent(), line.currency()))
                .setHeader(screen.t("plans.budget.spent"));
        grid.addColumn(line -> screen.formats().money(BudgetTotals.inSek(line.planned(), line.currency(),
                plan.cnyPerSek()), "SEK")).setHeader(screen.t("plans.budget.planned-sek"));
        grid.addComponentColumn(line -> screen.editButton("plans.edit", "edit-budget-line",
                () -> new BudgetLineDialog(screen, edits, line).open())).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        totals.setId("budget-totals");
        add(add, grid, totals);
    }

    void show(Plan shown) {
        plan = shown;
        grid.setItems(shown.budget());
        BudgetTotals sums = shown.budgetTotals();
        totals.setText(screen.t("plans.pack.budget", Map.of(
                "grantPlanned", screen.formats().money(sums.grantPlanned(), "SEK"),
                "grantSpent", screen.formats().money(sums.grantSpent(), "SEK"),
                "ownPlanned", screen.formats().money(sums.ownPlanned(), "SEK"),
                "ownSpent", screen.formats().money(sums.ownSpent(), "SEK"),
                "rate", screen.formats().number(shown.cnyPerSek()))));
    }
}
