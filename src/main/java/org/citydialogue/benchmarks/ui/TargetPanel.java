package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import org.citydialogue.benchmarks.BenchmarkInputException;
import org.citydialogue.benchmarks.BenchmarkTargets;
import org.citydialogue.benchmarks.Dashboard;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.identity.StaffUser;

/**
 * For a member city's admin: the partnership's own target for the KPI shown, entered as people read
 * it (percentages as 0–100), or cleared to fall back on the catalogue's.
 */
class TargetPanel extends HorizontalLayout {

    private final BenchmarkTargets targets;
    private final StaffUser admin;
    private final Runnable changed;
    private final NumberField value = new NumberField();
    private final Span outcome = new Span();
    private String partnershipId;
    private Kpi kpi;

    TargetPanel(BenchmarkTargets targets, StaffUser admin, Runnable changed) {
        this.targets = targets;
        this.admin = admin;
        this.changed = changed;
        setId("benchmark-target");
        value.setId("benchmark-target-value");
        value.setLabel(getTranslation("benchmarks.target.field"));
        Button save = new Button(getTranslation("benchmarks.target.save"), click -> change(true));
        save.setId("benchmark-target-save");
        Button clear = new Button(getTranslation("benchmarks.target.clear"), click -> change(false));
        clear.setId("benchmark-target-clear");
        outcome.setId("benchmark-target-outcome");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(value, save, clear, outcome);
    }

    void show(String partnership, Dashboard dashboard) {
        this.partnershipId = partnership;
        this.kpi = dashboard.kpi();
        Dashboard.Target target = dashboard.target();
        value.setValue(target == null ? null : target.value() * scale());
        outcome.setText(getTranslation(target != null && target.agreed() ? "benchmarks.target.agreed.shown"
                : "benchmarks.target.catalogue.shown"));
    }

    private double scale() {
        return kpi.unit() == Kpi.Unit.PERCENT ? 100 : 1;
    }

    private void change(boolean set) {
        if (set && value.getValue() == null) {
            outcome.setText(getTranslation("benchmarks.target.error.range"));
            return;
        }
        try {
            if (set) {
                targets.set(admin, partnershipId, kpi.id(), value.getValue() / scale());
            } else {
                targets.clear(admin, partnershipId, kpi.id());
            }
            changed.run();
        } catch (BenchmarkInputException refused) {
            outcome.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
