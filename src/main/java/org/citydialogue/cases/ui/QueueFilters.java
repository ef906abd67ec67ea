package org.citydialogue.cases.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.i18n.Collation;
import org.citydialogue.tenancy.Department;

/**
 * The filters above the queue. Choices are combo boxes, so an agent can type to find a category;
 * empty means all. Every change hands the new filter on at once.
 */
final class QueueFilters extends FlexLayout {

    private final ComboBox<String> status = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();

    QueueFilters(CaseTexts texts, CaseQueue.Filter initial, Consumer<CaseQueue.Filter> onChange) {
        CaseSettings settings = texts.settings();
        // States keep the lifecycle's order; the other lists sort by name in the reader's language.
        choice(status, "queue-status", settings.lifecycle().states().stream().map(Lifecycle.State::code).toList(),
                texts::state, texts.getTranslation("case.column.status"), texts, false);
        choice(category, "queue-category", settings.categories().stream().map(CaseSettings.Category::code).toList(),
                texts::category, texts.getTranslation("case.column.category"), texts);
        choice(channel, "queue-channel", settings.channels(), texts::channel,
                texts.getTranslation("case.column.channel"), texts);
        choice(department, "queue-department",
                texts.tenant().departments().stream().map(Department::code).toList(), texts::department,
                texts.getTranslation("case.column.department"), texts);
        openOnly.setLabel(texts.getTranslation("case.filter.open"));
        openOnly.setId("queue-open-only");
        overdueOnly.setLabel(texts.getTranslation("case.filter.overdue"));
        overdueOnly.setId("queue-overdue-only");

        status.setValue(initial.status());
        category.setValue(initial.category());
        channel.setValue(initial.channel());
        department.setValue(initial.department());
        openOnly.setValue(initial.openOnly());
        overdueOnly.setValue(initial.overdueOnly());

        List.of(status, category, channel, department)
                .forEach(box -> box.addValueChangeListener(e -> onChange.accept(filter())));
        openOnly.addValueChangeListener(e -> onChange.accept(filter()));
        overdueOnly.addValueChangeListener(e -> onChange.accept(filter()));

        add(status, category, channel, department, openOnly, overdueOnly);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("queue-filters");
    }

    CaseQueue.Filter filter() {
        return new CaseQueue.Filter(status.getValue(), category.getValue(), channel.getValue(),
                department.getValue(), openOnly.getValue(), overdueOnly.getValue());
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
