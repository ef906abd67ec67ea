package org.citydialogue.plans.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.citydialogue.plans.Activity;
import org.citydialogue.plans.ActivityStatus;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.NewActivity;
import org.citydialogue.plans.Participant;
import org.citydialogue.plans.Plans;

/**
 * A new activity or milestone, or new dates and status for an existing one. An existing one is
 * saved on the version it was opened on: if someone saved it meanwhile, nothing is overwritten.
 */
class ActivityDialog extends EditDialog {

    private final TextField title = new TextField();
    private final ComboBox<Participant> owner = new ComboBox<>();
    private final DatePicker starts = new DatePicker();
    private final DatePicker ends = new DatePicker();
    private final Checkbox milestone = new Checkbox();
    private final ComboBox<ActivityStatus> status = new ComboBox<>();
    private final MultiSelectComboBox<Activity> dependsOn = new MultiSelectComboBox<>();

    /** For a new activity. */
    ActivityDialog(PlanScreen screen, Plans plans, List<Activity> existing) {
        this(screen, screen.t("plans.activity.new"));
        owner.setValue(screen.self());
        status.setValue(ActivityStatus.PLANNED);
        dependsOn.setItems(existing);
        dependsOn.setItemLabelGenerator(a -> screen.show(a.title()));
        FormLayout form = new FormLayout(title, milestone, owner, starts, ends, status, dependsOn);
        add(form);
        saveWith("activity-save", this::datesGiven, () -> plans.addActivity(screen.staff(), screen.partnershipId(), new NewActivity(
                milestone.getValue(), LocalizedText.of(screen.language(), title.getValue()), new LocalizedText(Map.of()),
                owner.getValue() == null ? "" : owner.getValue().tenantId(),
                owner.getValue() == null ? "" : owner.getValue().subject(), starts.getValue(),
                milestone.getValue() ? starts.getValue() : ends.getValue(), status.getValue(),
                dependsOn.getValue().stream().map(Activity::id).toList())));
    }

    /** For new dates and status of {@code activity}, as it was when opened. */
    ActivityDialog(PlanScreen screen, Plans plans, Activity activity) {
        this(screen, screen.show(activity.title()));
        starts.setValue(activity.startsOn());
        ends.setValue(activity.endsOn());
        status.setValue(activity.status());
        add(new FormLayout(starts, ends, status));
        saveWith("activity-save", this::datesGiven, () -> plans.rescheduleActivity(screen.staff(), screen.partnershipId(), activity.id(),
                activity.version(), starts.getValue(), activity.milestone() ? starts.getValue() : ends.getValue(),
                status.getValue()));
    }

    private ActivityDialog(PlanScreen screen, String header) {
        super(screen, "activity-dialog", header);
        title.setLabel(screen.t("plans.activity.title"));
        title.setId("activity-title");
        title.setRequired(true);
        owner.setLabel(screen.t("plans.owner"));
        owner.setId("activity-owner");
        owner.setItems(screen.participants());
        owner.setItemLabelGenerator(screen::person);
        starts.setLabel(screen.t("plans.activity.starts"));
        starts.setId("activity-starts");
        starts.setLocale(screen.language().locale());
        ends.setLabel(screen.t("plans.activity.ends"));
        ends.setId("activity-ends");
        ends.setLocale(screen.language().locale());
        milestone.setLabel(screen.t("plans.activity.milestone"));
        milestone.setId("activity-milestone");
        status.setLabel(screen.t("plans.activity.status"));
        status.setId("activity-status");
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(s -> screen.t(s.nameKey()));
        dependsOn.setLabel(screen.t("plans.activity.depends-on"));
        dependsOn.setId("activity-depends-on");
    }

    private boolean datesGiven() {
        boolean given = starts.getValue() != null && (milestone.getValue() || ends.getValue() != null);
        starts.setInvalid(!given);
        starts.setErrorMessage(given ? null : screen.t("plans.error.dates-required"));
        return given;
    }
}
