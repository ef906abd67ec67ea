package org.citydialogue.cases.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.citydialogue.calendar.DeadlineState;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.i18n.Collation;
import org.citydialogue.tenancy.Department;

/**
 * The filters above the queue. Choices are combo boxes, so an agent can type to find a category;
 * empty means all. Every change hands the new filter on at once. "Mine" is what the staff member
 * registered or took a step on; "my team's" is their department's, or for the contact centre (no
 * department) what is not yet forwarded.
 */
final class QueueFilters extends FlexLayout {

    /** The department choice for cases still with the contact centre, in query parameters too. */
    static final String NOT_FORWARDED = "-";

    /** Whose cases. */
    enum Scope { ALL, MINE, TEAM }

    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final ComboBox<DeadlineState> deadline = new ComboBox<>();
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final String username;
    private final String ownDepartment;

    QueueFilters(CaseTexts texts, CaseQueue.Filter initial, String username, String ownDepartment,
            Consumer<CaseQueue.Filter> onChange) {
        this.username = username;
        this.ownDepartment = ownDepartment;
        CaseSettings settings = texts.settings();
        scope.setId("queue-scope");
        scope.setLabel(texts.getTranslation("case.filter.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> texts.getTranslation(switch (s) {
            case ALL -> "case.filter.scope.all";
            case MINE -> "case.filter.scope.mine";
            case TEAM -> "case.filter.scope.team";
        }));
        scope.setValue(Scope.ALL);
        deadline.setId("queue-deadline");
        deadline.setLabel(texts.getTranslation("case.column.deadline"));
        deadline.setPlaceholder(texts.getTranslation("case.filter.all"));
        deadline.setClearButtonVisible(true);
        deadline.setItems(DeadlineState.BREACHED, DeadlineState.DUE_SOON, DeadlineState.ON_TRACK);
        deadline.setItemLabelGenerator(texts::deadlineName);
        // States keep the lifecycle's order; the other lists sort by name in the reader's language.
        choice(status, "queue-status", settings.lifecycle().states().stream().map(Lifecycle.State::code).toList(),
                texts::state, texts.getTranslation("case.column.status"), texts, false);
        choice(category, "queue-category", settings.categories().stream().map(CaseSettings.Category::code).toList(),
                texts::category, texts.getTranslation("case.column.category"), texts);
        choice(channel, "queue-channel", settings.channels(), texts::channel,
                texts.getTranslation("case.column.channel"), texts);
        choice(department, "queue-department",
                Stream.concat(Stream.of(NOT_FORWARDED),
                        texts.tenant().departments().stream().map(Department::code)).toList(),
                code -> NOT_FORWARDED.equals(code) ? texts.getTranslation("case.filter.not.forwarded")
                        : texts.department(code),
                texts.getTranslation("case.column.department"), texts);
        openOnly.setLabel(texts.getTranslation("case.filter.open"));
        openOnly.setId("queue-open-only");

        status.setValue(initial.status());
        category.setValue(initial.category());
        channel.setValue(initial.channel());
        department.setValue(initial.notForwarded() ? NOT_FORWARDED : initial.department());
        openOnly.setValue(initial.openOnly());
        deadline.setValue(initial.deadline());

        List.of(status, category, channel, department)
                .forEach(box -> box.addValueChangeListener(e -> onChange.accept(filter())));
        openOnly.addValueChangeListener(e -> onChange.accept(filter()));
        deadline.addValueChangeListener(e -> onChange.accept(filter()));
        scope.addValueChangeListener(e -> onChange.accept(filter()));

        add(scope, status, category, channel, department, deadline, openOnly);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("queue-filters");
    }

    CaseQueue.Filter filter() {
        Scope whose = scope.getValue() == null ? Scope.ALL : scope.getValue();
        String chosen = department.getValue();
        boolean notForwarded = NOT_FORWARDED.equals(chosen);
        if (notForwarded) {
            chosen = null;
        } else if (whose == Scope.TEAM && chosen == null) {
            // A chosen department wins; otherwise the team is the staff member's own.
            chosen = ownDepartment;
            notForwarded = ownDepartment == null;
        }
        return new CaseQueue.Filter(status.getValue(), category.getValue(), channel.getValue(), chosen,
                openOnly.getValue(), deadline.getValue(), whose == Scope.MINE ? username : null, notForwarded);
    }

    /** Shows the cases that need attention now: the deadline filter set from outside, e.g. by the warning. */
    void showDeadline(DeadlineState state) {
        deadline.setValue(state);
    }

    private static void choice(ComboBox<String> box, String id, List<String> codes, Function<String, String> name,
            String label, CaseTexts texts) {
        choice(box, id, codes, name, label, texts, true);
    }

    private static void choice(ComboBox<String> box, String id, List<String> codes, Function<String, String> name,
            String label, CaseTexts texts, boolean byName) {
        box.setId(id);
        box.setLabel(label);
        box.setPlaceholder(texts.getTranslation("case.filter.all"));
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(name::apply);
        box.setItems(byName ? Collation.sorted(codes, name, texts.locale()) : codes);
    }
}
