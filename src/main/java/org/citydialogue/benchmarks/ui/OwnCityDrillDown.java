package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.citydialogue.benchmarks.BenchmarkDashboards;
import org.citydialogue.benchmarks.BenchmarkKeys;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.benchmarks.KpiCell;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.tenancy.Tenant;

/**
 * The viewer's own city in one month, by category or by channel, from its own rollups (nothing
 * suppressed: it is the city's own data). Partner cities are never offered here.
 */
class OwnCityDrillDown extends Div {

    private final BenchmarkDashboards dashboards;
    private final CaseCatalogue cases;
    private final Tenant own;
    private final Select<KpiCell.Dimension> dimension = new Select<>();
    private final ChartTable parts = new ChartTable("benchmark-own");
    private Kpi kpi;
    private YearMonth month;
    private DashboardCharts charts;

    OwnCityDrillDown(BenchmarkDashboards dashboards, CaseCatalogue cases, Tenant own) {
        this.dashboards = dashboards;
        this.cases = cases;
        this.own = own;
        setWidthFull();
        dimension.setId("benchmark-own-dimension");
        dimension.setLabel(getTranslation("benchmarks.drill.by"));
        dimension.setItems(KpiCell.Dimension.CATEGORY, KpiCell.Dimension.CHANNEL);
        dimension.setItemLabelGenerator(d -> getTranslation(BenchmarkKeys.dimension(d)));
        dimension.setValue(KpiCell.Dimension.CATEGORY);
        dimension.addValueChangeListener(e -> draw());
        add(new H3(getTranslation("benchmarks.drill.title", Map.of("city", own.name(getLocale())))), dimension,
                parts);
        setVisible(own.isCity());
    }

    void show(Kpi kpi, YearMonth month, DashboardCharts charts) {
        this.kpi = kpi;
        this.month = month;
        this.charts = charts;
        draw();
    }

    private void draw() {
        if (kpi == null || !own.isCity()) {
            return;
        }
        KpiCell.Dimension by = kpi.measure().type() == Kpi.Type.SHARE ? KpiCell.Dimension.CHANNEL : dimension.getValue();
        List<KpiCell> cells = dashboards.drillDown(own.id(), kpi.id(), month, month).stream()
                .filter(cell -> cell.dimension() == by).toList();
        PartNames names = new PartNames(cases, getLocale(), this::getTranslation);
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(List.of(getTranslation(BenchmarkKeys.dimension(by)), getTranslation("benchmarks.value")));
        for (KpiCell cell : cells) {
            table.add(List.of(names.of(own.id(), by, cell.member()), charts.value(kpi,
                    new org.citydialogue.benchmarks.DashboardRows.Value(cell.value(), false))));
        }
        parts.show(getTranslation("benchmarks.drill.month", Map.of("month", charts.month(month))),
                charts.parts(cells, member -> names.of(own.id(), by, member)), kpi.unit().name().toLowerCase(java.util.Locale.ROOT),
                getLocale(), table);
    }
}
