package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * An Apache ECharts chart (npm {@code echarts}, Apache-2.0): the option is built on the server, the
 * client module {@code frontend/charts/cd-echart.ts} draws it and formats numbers in the viewer's
 * locale. Every chart stands beside a table of the same numbers, for screen readers.
 */
@Tag("cd-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/cd-echart.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("320px");
        getElement().getStyle().set("display", "block");
    }

    /** Draws the chart; values in {@code unit} (percent as fractions, e.g. 0.95). */
    public void show(JsonNode option, String unit, Locale locale) {
        getElement().setAttribute("unit", unit);
        getElement().setAttribute("locale", locale.toLanguageTag());
        getElement().setProperty("option", option.toString());
    }

    /** The option last shown, as JSON (for tests). */
    public String option() {
        return getElement().getProperty("option");
    }
}
