package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.List;
import org.citydialogue.plans.Indicator;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Outcome;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.PlanDrafts.OutcomeDraft;
import org.citydialogue.plans.PlanEdits;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.TranslatableText;
import org.jspecify.annotations.Nullable;

/**
 * The outcomes and their indicators: baseline, target, current value and where it comes from (a
 * published KPI, which updates itself, or entered by hand). Editors add and change outcomes and
 * indicators here.
 */
class OutcomesPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final Plans plans;
    private final PlanEdits edits;

    OutcomesPanel(PlanScreen screen, Plans plans, PlanEdits edits) {
        this.screen = screen;
        this.plans = plans;
        this.edits = edits;
        setPadding(false);
        setId("outcomes");
    }

    void show(Plan plan) {
        removeAll();
        add(screen.editButton("plans.outcome.add", "add-outcome", () -> outcomeDialog(null)));
        for (Outcome outcome : plan.outcomes()) {
            H4 title = new H4(new TextWithTranslation(screen, outcome.title(), () -> new TranslateDialog(screen,
                    outcome.title(), text -> screen.attempt(() -> plans.translate(screen.staff(), screen.partnershipId(),
                            TranslatableText.OUTCOME_TITLE, outcome.id(), outcome.version(), screen.language(), text)))
                    .open()));
            HorizontalLayout heading = new HorizontalLayout(title,
                    screen.editButton("plans.edit", "edit-outcome", () -> outcomeDialog(outcome)),
                    screen.editButton("plans.indicator.add", "add-indicator",
                            () -> new IndicatorDialog(screen, edits, outcome, null).open()));
            heading.setAlignItems(Alignment.BASELINE);
            add(heading, indicators(outcome));
        }
    }

    private Grid<Indicator> indicators(Outcome outcome) {
        Grid<Indicator> grid = new Grid<>();
        grid.addClassName("indicators");
        grid.addComponentColumn(i -> new TextWithTranslation(screen, i.title(), () -> new TranslateDialog(screen,
                i.title(), text -> screen.attempt(() -> plans.translate(screen.staff(), screen.partnershipId(),
                        TranslatableText.INDICATOR_TITLE, i.id(), i.version(), screen.language(), text))).open()))
                .setHeader(screen.t("plans.indicator")).setFlexGrow(3);
        grid.addColumn(i -> screen.formats().number(i.baseline()) + " " + i.unit())
                .setHeader(screen.t("plans.indicator.baseline"));
        grid.addColumn(i -> screen.formats().number(i.target())).setHeader(screen.t("plans.indicator.target"));
        grid.addColumn(i -> i.current() == null ? "–" : screen.formats().number(i.current()))
                .setHeader(screen.t("plans.indicator.current"));
        grid.addComponentColumn(this::source).setHeader(screen.t("plans.indicator.source")).setFlexGrow(2);
        grid.addComponentColumn(i -> screen.editButton("plans.edit", "edit-indicator",
                () -> new IndicatorDialog(screen, edits, outcome, i).open())).setAutoWidth(true);
        grid.setItems(outcome.indicators());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A new outcome when {@code was} is null, else its title as it was opened. */
    private void outcomeDialog(@Nullable Outcome was) {
        LanguageVersionField title = new LanguageVersionField(screen, "plans.outcome", "outcome-title",
                was == null ? LocalizedText.of(screen.language(), "") : was.title());
        new TextsDialog(screen, "outcome", was == null ? screen.t("plans.outcome.new") : screen.show(was.title()), List.of(title),
                texts -> edits.saveOutcome(screen.staff(), screen.partnershipId(), new OutcomeDraft(
                        was == null ? 0 : was.id(), was == null ? 0 : was.version(), texts.getFirst()))).open();
    }

    /** A bound indicator names its KPI; a manual one offers to record a new value. */
    private com.vaadin.flow.component.Component source(Indicator indicator) {
        if (indicator.kpi() != null) {
            Span kpi = new Span(screen.t("plans.indicator.kpi", java.util.Map.of("code", indicator.kpi().code())));
            kpi.addClassName("kpi-bound");
            return kpi;
        }
        BigDecimalField value = new BigDecimalField();
        value.setAriaLabel(screen.t("plans.indicator.record"));
        value.addThemeName("small");
        value.setWidth("7em");
        Button record = new Button(screen.t("plans.indicator.record"), click -> {
            if (value.getValue() != null) {
                screen.attempt(() -> plans.recordIndicator(screen.staff(), screen.partnershipId(), indicator.id(),
                        indicator.version(), value.getValue()));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(value, record);
        row.setSpacing(false);
        return row;
    }
}
