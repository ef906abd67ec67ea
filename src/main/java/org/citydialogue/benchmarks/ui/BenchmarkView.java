package org.citydialogue.benchmarks.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.citydialogue.benchmarks.BenchmarkDashboards;
import org.citydialogue.benchmarks.BenchmarkExports;
import org.citydialogue.benchmarks.BenchmarkKeys;
import org.citydialogue.benchmarks.BenchmarkPublications;
import org.citydialogue.benchmarks.BenchmarkTargets;
import org.citydialogue.benchmarks.Dashboard;
import org.citydialogue.benchmarks.DashboardRows;
import org.citydialogue.benchmarks.KoladaReferences;
import org.citydialogue.benchmarks.Kpi;
import org.citydialogue.benchmarks.KpiCatalogue;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.i18n.DataText;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * A partnership's benchmark dashboard: the chosen KPI for every city that published it, month by
 * month and side by side, with the partnership average, the target and Kolada reference lines; the
 * viewer's own city broken down by category and channel; exports; and, for a tenant admin,
 * publishing and Kolada import.
 */
@Route("benchmarks")
@PermitAll
public class BenchmarkView extends VerticalLayout implements HasDynamicTitle {

    private final BenchmarkDashboards dashboards;
    private final BenchmarkExports exports;
    private final StaffUser staff;
    private final TenantDirectory tenants;
    private final Select<Partnership> partnership = new Select<>();
    private final Select<Kpi> kpi = new Select<>();
    private final Checkbox perCapita = new Checkbox();
    private final Paragraph definition = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final ChartTable trend = new ChartTable("benchmark-trend");
    private final ChartTable sideBySide = new ChartTable("benchmark-cities");
    private final OwnCityDrillDown drillDown;
    private final PublishedBreakdown published;
    private final HorizontalLayout downloads = new HorizontalLayout();
    private PublishPanel publishPanel;
    private TargetPanel targetPanel;

    public BenchmarkView(BenchmarkDashboards dashboards, BenchmarkPublications publications, BenchmarkExports exports,
            KoladaReferences kolada, BenchmarkTargets targets, KpiCatalogue catalogue, Partnerships partnerships,
            CaseCatalogue cases, TenantDirectory tenants, CurrentStaff currentStaff) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.tenants = tenants;
        this.staff = currentStaff.require();
        this.drillDown = new OwnCityDrillDown(dashboards, cases, tenants.require(staff.tenantId()));
        this.published = new PublishedBreakdown(cases, staff.tenantId());
        setWidthFull();
        partnership.setId("benchmark-partnership");
        partnership.setLabel(getTranslation("benchmarks.partnership"));
        DataItems.show(partnership, p -> name(p.names()));
        partnership.setItems(partnerships.forCurrentTenant());
        kpi.setId("benchmark-kpi");
        kpi.setLabel(getTranslation("benchmarks.kpi"));
        kpi.setItemLabelGenerator(k -> getTranslation(BenchmarkKeys.kpi(k.id())));
        perCapita.setId("benchmark-per-capita");
        perCapita.setLabel(getTranslation("benchmarks.per.capita"));
        definition.setId("benchmark-definition");
        empty.setId("benchmark-empty");
        downloads.setId("benchmark-downloads");
        HorizontalLayout choices = new HorizontalLayout(partnership, kpi, perCapita);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        add(new H2(getTranslation("benchmarks.title")), choices, DataText.mark(definition), empty, downloads, trend);
        if (staff.has(Role.TENANT_ADMIN) && tenants.require(staff.tenantId()).isCity()) {
            targetPanel = new TargetPanel(targets, staff, this::refresh);
            add(targetPanel);
        }
        add(sideBySide, published, drillDown);
        if (staff.has(Role.TENANT_ADMIN) && tenants.require(staff.tenantId()).isCity()) {
            publishPanel = new PublishPanel(publications, kolada, catalogue, staff, partnership::getValue, this::kpis);
            add(publishPanel);
        }
        partnership.addValueChangeListener(e -> {
            kpis();
            if (publishPanel != null) {
                publishPanel.showHistory();
            }
        });
        kpi.addValueChangeListener(e -> refresh());
        perCapita.addValueChangeListener(e -> refresh());
        partnership.getListDataView().getItems().findFirst().ifPresent(partnership::setValue);
        if (partnership.isEmpty()) {
            show(null);
        }
    }

    private void kpis() {
        Partnership chosen = partnership.getValue();
        List<Kpi> published = chosen == null ? List.of() : dashboards.publishedKpis(chosen.id());
        Kpi before = kpi.getValue();
        kpi.setItems(published);
        kpi.setValue(published.contains(before) ? before : published.isEmpty() ? null : published.getFirst());
        refresh();
    }

    private void refresh() {
        Partnership chosen = partnership.getValue();
        Kpi shown = kpi.getValue();
        show(chosen == null || shown == null ? null : dashboards.dashboard(chosen.id(), shown.id()));
    }

    private void show(Dashboard dashboard) {
        boolean any = dashboard != null && !dashboard.cities().isEmpty();
        empty.setText(any ? "" : getTranslation(partnership.isEmpty() ? "benchmarks.no.partnership"
                : "benchmarks.nothing.published"));
        empty.setVisible(!any);
        trend.setVisible(any);
        sideBySide.setVisible(any);
        drillDown.setVisible(any && tenants.require(staff.tenantId()).isCity());
        published.setVisible(any);
        if (targetPanel != null) {
            targetPanel.setVisible(any);
        }
        downloads.setVisible(any);
        definition.setText(any ? dashboard.kpi().definition(getLocale()) + " "
                + dashboard.kpi().comparability(getLocale()) : "");
        perCapita.setEnabled(any && DashboardRows.normalisable(dashboard.kpi()));
        if (!any) {
            return;
        }
        DashboardCharts charts = new DashboardCharts(getLocale(), this::getTranslation);
        List<DashboardRows.Row> rows = DashboardRows.of(dashboard, perCapita.getValue());
        List<String> cities = dashboard.cities().stream().map(city -> name(city.names())).toList();
        Kpi shown = dashboard.kpi();
        String unit = perCapita.getValue() && DashboardRows.normalisable(shown) ? "per-10k"
                : shown.unit().name().toLowerCase(java.util.Locale.ROOT);
        String kpiName = getTranslation(BenchmarkKeys.kpi(shown.id()));
        trend.show(getTranslation("benchmarks.trend", Map.of("kpi", kpiName)), charts.trend(dashboard, rows, cities),
                unit, getLocale(), charts.trendTable(shown, rows, cities));
        DashboardRows.Row latest = rows.getLast();
        List<List<String>> latestTable = charts.trendTable(shown, List.of(latest), cities);
        sideBySide.show(getTranslation("benchmarks.side.by.side", Map.of("month", charts.month(latest.month()))),
                charts.sideBySide(latest, cities), unit, getLocale(), transpose(latestTable));
        published.show(dashboard, charts, this::name);
        if (targetPanel != null) {
            targetPanel.show(partnership.getValue().id(), dashboard);
        }
        drillDown.show(shown, latest.month(), charts);
        downloads.removeAll();
        downloads.add(download("csv", getTranslation("benchmarks.download.csv"), "text/csv", () -> exports.csv(dashboard, perCapita.getValue(), getLocale())),
                download("xlsx", getTranslation("benchmarks.download.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> exports.xlsx(dashboard, perCapita.getValue(), getLocale())),
                download("pdf", getTranslation("benchmarks.download.pdf"), "application/pdf", () -> exports.pdf(dashboard, perCapita.getValue(), getLocale())));
    }

    private Anchor download(String type, String label, String mime, Supplier<byte[]> content) {
        String file = "benchmark-" + partnership.getValue().id() + "-" + kpi.getValue().id() + "." + type;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, mime, bytes.length);
        }), AttachmentType.DOWNLOAD, label);
        anchor.setId("benchmark-download-" + type);
        return anchor;
    }

    /** Months as rows become cities as rows, for the one-month table. */
    private static List<List<String>> transpose(List<List<String>> table) {
        List<List<String>> turned = new java.util.ArrayList<>();
        for (int column = 0; column < table.getFirst().size(); column++) {
            int c = column;
            turned.add(table.stream().map(row -> row.get(c)).toList());
        }
        return turned;
    }

    private String name(Map<String, String> names) {
        String key = "zh".equals(getLocale().getLanguage()) ? "zh-Hans" : getLocale().getLanguage();
        return names.getOrDefault(key, names.getOrDefault("en", names.values().iterator().next()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("benchmarks.title");
    }
}
