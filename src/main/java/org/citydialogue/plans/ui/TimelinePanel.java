package org.citydialogue.plans.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citydialogue.plans.Plan;

/** The activities on a timeline (Gantt chart), months across. */
class TimelinePanel extends VerticalLayout {

    private final GanttChart chart = new GanttChart();

    TimelinePanel() {
        setPadding(false);
        setWidthFull();
        chart.setId("plan-gantt");
        add(chart);
    }

    void show(PlanScreen screen, Plan plan) {
        chart.show(plan.activities(), a -> screen.show(a.title()), screen.language().tag());
    }
}
