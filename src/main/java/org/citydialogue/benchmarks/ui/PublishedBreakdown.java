package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citydialogue.benchmarks.BenchmarkKeys;
import org.citydialogue.benchmarks.Dashboard;
import org.citydialogue.benchmarks.DashboardRows;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.benchmarks.KpiCell;
import org.citydialogue.cases.CaseCatalogue;

/**
 * The partner cities' KPI by category or by channel in one month, exactly as each city published it:
 * a hidden (small) cell is shown as hidden and left out of the chart, and nothing is worked out from
 * the total and the other parts. The viewer's own city has its own drill-down instead.
 */
class PublishedBreakdown extends Div {

    private final CaseCatalogue cases;
    private final String viewer;
    private final Select<Dashboard.City> city = new Select<>();
    private final Select<KpiCell.Dimension> dimension = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final ChartTable parts = new ChartTable("benchmark-published");
    private Dashboard dashboard;
    private DashboardCharts charts;
    private Function<Map<String, String>, String> cityName;

    PublishedBreakdown(CaseCatalogue cases, String viewerTenant) {
        this.cases = cases;
        this.viewer = viewerTenant;
        setWidthFull();
        city.setId("benchmark-published-city");
        city.setLabel(getTranslation("benchmarks.published.city"));
        dimension.setId("benchmark-published-dimension");
        dimension.setLabel(getTranslation("benchmarks.drill.by"));
        dimension.setItems(KpiCell.Dimension.CATEGORY, KpiCell.Dimension.CHANNEL);
        dimension.setItemLabelGenerator(d -> getTranslation(BenchmarkKeys.dimension(d)));
        dimension.setValue(KpiCell.Dimension.CATEGORY);
        month.setId("benchmark-published-month");
        month.setLabel(getTranslation("benchmarks.month"));
        for (Select<?> choice : List.of(city, dimension, month)) {
            choice.addValueChangeListener(e -> draw());
        }
        HorizontalLayout choices = new HorizontalLayout(city, dimension, month);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        add(new H3(getTranslation("benchmarks.published.title")),
                new Paragraph(getTranslation("benchmarks.published.help")), choices, parts);
    }

    /** Offers the dashboard's partner cities and months (the latest first chosen). */
    void show(Dashboard shown, DashboardCharts withCharts, Function<Map<String, String>, String> names) {
        this.dashboard = null;
        this.charts = withCharts;
        this.cityName = names;
        List<Dashboard.City> partners = shown.cities().stream().filter(c -> !c.tenantId().equals(viewer)).toList();
        setVisible(!partners.isEmpty());
        String before = city.isEmpty() ? null : city.getValue().tenantId();
        city.setItems(partners);
        DataItems.show(city, c -> names.apply(c.names()));
        month.setItems(shown.months().reversed());
        DataItems.show(month, withCharts::month);
        city.setValue(partners.stream().filter(c -> c.tenantId().equals(before)).findFirst()
                .orElse(partners.isEmpty() ? null : partners.getFirst()));
        month.setValue(shown.months().isEmpty() ? null : shown.months().getLast());
        this.dashboard = shown;
        draw();
    }

    private void draw() {
        if (dashboard == null || city.isEmpty() || month.isEmpty()) {
            return;
        }
        Kpi kpi = dashboard.kpi();
        // A share's parts are the shares themselves (the channel mix): only channels make sense.
        KpiCell.Dimension by = kpi.measure().type() == Kpi.Type.SHARE ? KpiCell.Dimension.CHANNEL : dimension.getValue();
        dimension.setEnabled(kpi.measure().type() != Kpi.Type.SHARE);
        Dashboard.City shown = city.getValue();
        PartNames names = new PartNames(cases, getLocale(), this::getTranslation);
        List<KpiCell> cells = shown.parts(month.getValue(), by);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(getTranslation(BenchmarkKeys.dimension(by)), getTranslation("benchmarks.value")));
        for (KpiCell cell : cells) {
            table.add(List.of(names.of(shown.tenantId(), by, cell.member()),
                    charts.value(kpi, new DashboardRows.Value(cell.value(), cell.suppressed()))));
        }
        if (cells.isEmpty()) {
            table.add(List.of(getTranslation("benchmarks.published.none"), ""));
        }
        parts.show(getTranslation("benchmarks.published.heading", Map.of("city", cityName.apply(shown.names()),
                "month", charts.month(month.getValue()))), charts.parts(cells, code -> names.of(shown.tenantId(), by,
                code)), kpi.unit().name().toLowerCase(java.util.Locale.ROOT), getLocale(), table);
    }
}
