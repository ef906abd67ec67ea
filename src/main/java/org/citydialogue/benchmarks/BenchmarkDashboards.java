package org.citydialogue.benchmarks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citydialogue.i18n.Msg;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboard data of a partnership, read from what its cities published (as the viewing tenant, so the
 * database shows only partnerships it belongs to) — totals, the published parts by category and
 * channel with their hidden cells, the partnership's target and Kolada lines — and the drill-down
 * into the viewer's own city, read from its own rollups. A partner city is only ever seen as it
 * published itself: its rollups are not here.
 */
@Service
public class BenchmarkDashboards {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };

    private final SharedStore shared;
    private final KpiCatalogue catalogue;
    private final KpiRollups rollups;
    private final TenantDirectory tenants;
    private final DashboardCache cache;

    BenchmarkDashboards(SharedStore shared, KpiCatalogue catalogue, KpiRollups rollups, TenantDirectory tenants,
            DashboardCache cache) {
        this.shared = shared;
        this.catalogue = catalogue;
        this.rollups = rollups;
        this.tenants = tenants;
        this.cache = cache;
    }

    /** The KPIs some city has published to the partnership, in catalogue order. */
    public List<Kpi> publishedKpis(String partnershipId) {
        List<String> ids = shared.jdbc().queryForList(
                "select distinct kpi from benchmark_cell where partnership_id = ?", String.class, partnershipId);
        return catalogue.all().stream().filter(kpi -> ids.contains(kpi.id())).toList();
    }

    /**
     * The newest unsuppressed monthly total of the KPI that the city has published to the
     * partnership, as people read it: percentages as 0–100 (the catalogue keeps shares as 0–1).
     * Empty when nothing (or only suppressed cells) was published, or the viewer may not see it.
     */
    public OptionalDouble latestPublished(String partnershipId, String kpiId, String tenantId) {
        Kpi kpi = catalogue.require(kpiId);
        List<Double> values = shared.jdbc().queryForList("""
                select value from benchmark_cell
                where partnership_id = ? and kpi = ? and tenant_id = ? and dimension = 'total' and not suppressed
                order by month desc limit 1
                """, Double.class, partnershipId, kpiId, tenantId);
        if (values.isEmpty() || values.getFirst() == null) {
            return OptionalDouble.empty();
        }
        double value = values.getFirst();
        return OptionalDouble.of(kpi.unit() == Kpi.Unit.PERCENT ? value * 100 : value);
    }

    /** The dashboard of one KPI, from the cache unless a member published since. */
    public Dashboard dashboard(String partnershipId, String kpiId) {
        String viewer = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant bound"));
        Kpi kpi = catalogue.require(kpiId);
        return cache.get(new DashboardCache.Key(viewer, partnershipId, kpiId), key -> load(partnershipId, kpi));
    }

    /**
     * The viewer's own city's cells of the KPI, unsuppressed, by month and by category and channel.
     *
     * @throws BenchmarkInputException for any city but the viewer's own
     */
    public List<KpiCell> drillDown(String tenantId, String kpiId, YearMonth from, YearMonth to) {
        if (!tenantId.equals(TenantContext.current().orElse(null))) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.own.city.only"));
        }
        Tenant tenant = tenants.require(tenantId);
        return KpiTables.cells(catalogue.require(kpiId), rollups.rows(from, to), tenant.population());
    }

    /**
     * Everything the dashboard shows, on one connection (one switch to the viewer's role, not one per
     * statement): the published cells with their city's directory entry, then the Kolada lines.
     */
    private Dashboard load(String partnershipId, Kpi kpi) {
        return shared.jdbc().execute((ConnectionCallback<Dashboard>) connection -> {
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            TreeSet<YearMonth> months = new TreeSet<>();
            Map<String, CityCells> cities = new TreeMap<>();
            Double[] agreed = {null};
            // The partnership's target comes with the cells (an InitPlan, read once), not in a round trip of its own.
            one.query("""
                    select c.tenant_id, c.month, c.dimension, c.member, c.numerator, c.denominator, c.value,
                        c.suppressed, t.names, t.population,
                        (select value from benchmark_target where partnership_id = ? and kpi = ?) as target
                    from benchmark_cell c join partner_tenant t on t.id = c.tenant_id
                    where c.partnership_id = ? and c.kpi = ?
                    """, row -> {
                        agreed[0] = (Double) row.getObject("target", Double.class);
                        KpiCell cell = new KpiCell(kpi.id(), YearMonth.from(row.getDate("month").toLocalDate()),
                                KpiCell.Dimension.of(row.getString("dimension")), row.getString("member"),
                                (Long) row.getObject("numerator", Long.class),
                                (Long) row.getObject("denominator", Long.class), 0,
                                (Double) row.getObject("value", Double.class), row.getBoolean("suppressed"));
                        months.add(cell.month());
                        CityCells city = cities.get(row.getString("tenant_id"));
                        if (city == null) {
                            city = new CityCells(row);
                            cities.put(row.getString("tenant_id"), city);
                        }
                        city.add(cell);
                    }, partnershipId, kpi.id(), partnershipId, kpi.id());
            List<YearMonth> monthList = List.copyOf(months);
            List<Dashboard.City> shown = cities.entrySet().stream()
                    .map(city -> city.getValue().city(city.getKey(), monthList)).toList();
            Dashboard.Target target = agreed[0] != null ? new Dashboard.Target(agreed[0], true)
                    : kpi.target() == null ? null : new Dashboard.Target(kpi.target().value(), false);
            return new Dashboard(kpi, monthList, shown, average(monthList, shown), references(one, partnershipId, kpi),
                    target);
        });
    }

    /** One city's cells as they are read, with its directory entry (parsed once per city). */
    private static final class CityCells {

        private final Map<String, String> names;
        private final long population;
        private final Map<YearMonth, KpiCell> totals = new TreeMap<>();
        private final Map<YearMonth, List<KpiCell>> parts = new TreeMap<>();

        CityCells(java.sql.ResultSet row) throws java.sql.SQLException {
            this.names = JSON.readValue(row.getString("names"), NAMES);
            this.population = row.getLong("population");
        }

        void add(KpiCell cell) {
            if (cell.dimension() == KpiCell.Dimension.TOTAL) {
                totals.put(cell.month(), cell);
            } else {
                parts.computeIfAbsent(cell.month(), m -> new ArrayList<>()).add(cell);
            }
        }

        Dashboard.City city(String id, List<YearMonth> months) {
            parts.values().forEach(cells -> cells.sort(PART_ORDER));
            return new Dashboard.City(id, names, population, months.stream().map(totals::get).toList(), parts);
        }
    }

    private static final java.util.Comparator<KpiCell> PART_ORDER = java.util.Comparator
            .comparing(KpiCell::dimension).thenComparing(KpiCell::member);

    /** Per month the mean of the cities' published values: each city counts once, whatever its size. */
    private static List<Double> average(List<YearMonth> months, List<Dashboard.City> cities) {
        List<Double> average = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            var values = cities.stream().map(city -> city.totals().get(index))
                    .filter(cell -> cell != null && cell.value() != null).mapToDouble(KpiCell::value);
            average.add(values.average().stream().boxed().findFirst().orElse(null));
        }
        return average;
    }

    /** The latest imported Kolada value per mapped id and municipality, in the KPI's scale. */
    private static List<Dashboard.Reference> references(JdbcTemplate jdbc, String partnershipId, Kpi kpi) {
        if (kpi.kolada().isEmpty()) {
            return List.of();
        }
        String[] ids = kpi.kolada().stream().map(Kpi.KoladaMapping::id).toArray(String[]::new);
        double scale = kpi.unit() == Kpi.Unit.PERCENT ? 0.01 : 1;
        Map<String, Dashboard.Reference> latest = new LinkedHashMap<>();
        jdbc.query("""
                select distinct on (kolada_id, municipality) kolada_id, municipality, period, value
                from kolada_reference where partnership_id = ? and kolada_id = any(?)
                order by kolada_id, municipality, period desc
                """, row -> {
                    latest.put(row.getString(1) + row.getString(2), new Dashboard.Reference(row.getString(1),
                            row.getString(2), row.getInt(3), row.getDouble(4) * scale));
                }, partnershipId, ids);
        return List.copyOf(latest.values());
    }
}
