package org.citydialogue.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.citydialogue.plans.Activity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A timeline of activities and milestones with their dependencies, drawn by the frappe-gantt
 * library in the browser (read-only: dates change through the activity dialog, which checks
 * versions). The element gets its tasks as one JSON property and redraws when it changes.
 */
@Tag("cd-gantt")
@NpmPackage(value = "frappe-gantt", version = "1.2.2")
@JsModule("./gantt/cd-gantt.js")
@CssImport("./gantt/cd-gantt.css")
class GanttChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One bar, in frappe-gantt's task format. */
    record Task(String id, String name, String start, String end, int progress, String dependencies,
            String custom_class) {
    }

    GanttChart() {
        setWidthFull();
    }

    /** Shows the activities; {@code names} gives each its title in the reader's language. */
    void show(List<Activity> activities, java.util.function.Function<Activity, String> names, String language) {
        List<Task> tasks = activities.stream().map(a -> new Task("a" + a.id(), names.apply(a),
                a.startsOn().format(DateTimeFormatter.ISO_LOCAL_DATE),
                a.endsOn().format(DateTimeFormatter.ISO_LOCAL_DATE), progress(a),
                a.dependsOn().stream().map(id -> "a" + id).collect(Collectors.joining(",")),
                // One class only: frappe-gantt adds it with classList.add, which refuses spaces.
                a.milestone() ? "milestone" : "status-" + a.status().code())).toList();
        getElement().setProperty("language", language);
        getElement().setProperty("tasks", JSON.writeValueAsString(tasks));
    }

    private static int progress(Activity activity) {
        return switch (activity.status()) {
            case DONE -> 100;
            case IN_PROGRESS, DELAYED -> 50;
            default -> 0;
        };
    }
}
