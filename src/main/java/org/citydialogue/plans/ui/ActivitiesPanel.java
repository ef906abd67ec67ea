package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citydialogue.plans.Activity;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.TranslatableText;

/**
 * The activities and milestones: who owns them (from either city), when, in what state, after
 * what. Selecting one opens its comments; "Reschedule" edits dates and status.
 */
class ActivitiesPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final Plans plans;
    private final Grid<Activity> grid = new Grid<>();
    private List<Activity> shown = List.of();

    ActivitiesPanel(PlanScreen screen, Plans plans, CommentsPanel comments) {
        this.screen = screen;
        this.plans = plans;
        setPadding(false);
        Button add = new Button(screen.t("plans.activity.add"), VaadinIcon.PLUS.create(),
                click -> new ActivityDialog(screen, plans, shown).open());
        add.setId("add-activity");
        add.setVisible(screen.mayEdit());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("activities");
        grid.addComponentColumn(a -> new TextWithTranslation(screen, a.title(), () -> translate(a)))
                .setHeader(screen.t("plans.activity.title")).setFlexGrow(5);
        grid.addColumn(a -> screen.person(a.owner())).setHeader(screen.t("plans.owner")).setFlexGrow(2);
        grid.addColumn(a -> a.milestone() ? screen.formats().date(a.startsOn())
                : screen.formats().date(a.startsOn()) + " – " + screen.formats().date(a.endsOn()))
                .setHeader(screen.t("plans.activity.dates")).setFlexGrow(2);
        grid.addColumn(a -> screen.t(a.status().nameKey())).setHeader(screen.t("plans.activity.status"));
        grid.addColumn(this::dependencies).setHeader(screen.t("plans.activity.depends-on")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Button reschedule = new Button(screen.t("plans.activity.reschedule"),
                    click -> new ActivityDialog(screen, plans, a).open());
            reschedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reschedule.addClassName("reschedule");
            reschedule.setVisible(screen.mayEdit());
            return reschedule;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(click -> comments.show("activity", click.getItem().id(),
                screen.show(click.getItem().title())));
        add(add, grid);
    }

    void show(Plan plan) {
        shown = plan.activities();
        grid.setItems(shown);
    }

    private String dependencies(Activity activity) {
        Map<Long, Activity> byId = shown.stream().collect(Collectors.toMap(Activity::id, a -> a));
        return activity.dependsOn().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(a -> screen.show(a.title())).collect(Collectors.joining(", "));
    }

    private void translate(Activity activity) {
        new TranslateDialog(screen, activity.title(), text -> screen.attempt(() -> plans.translate(screen.staff(),
                screen.partnershipId(), TranslatableText.ACTIVITY_TITLE, activity.id(), activity.version(),
                screen.language(), text))).open();
    }
}
