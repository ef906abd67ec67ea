package org.citydialogue.benchmarks;

import java.sql.Date;
import com.vaadin.flow.shared.Registration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.platform.EventChannel;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;

/**
 * A tenant admin publishes chosen KPIs of their city to a partnership. The cells are made and
 * small-cell suppressed inside the tenant, from its rollups; only they cross into the shared store,
 * written as the tenant's own role (the database refuses rows of another tenant), replacing what the
 * city published of those KPIs before. Every publication is recorded: who, what, when.
 */
@Service
public class BenchmarkPublications {

    static final String TOPIC = "benchmarks-published";

    private final KpiCatalogue catalogue;
    private final KpiRollups rollups;
    private final SuppressionThresholds thresholds;
    private final Partnerships partnerships;
    private final SharedStore shared;
    private final TenantDirectory tenants;
    private final EventChannel events;
    private final DashboardCache cache;

    BenchmarkPublications(KpiCatalogue catalogue, KpiRollups rollups, SuppressionThresholds thresholds,
            Partnerships partnerships, SharedStore shared, TenantDirectory tenants, EventChannel events,
            DashboardCache cache) {
        this.catalogue = catalogue;
        this.rollups = rollups;
        this.thresholds = thresholds;
        this.partnerships = partnerships;
        this.shared = shared;
        this.tenants = tenants;
        this.events = events;
        this.cache = cache;
    }

    /** Publishes {@code kpiIds} for the months {@code from} to {@code to} of the admin's city. */
    public Publication publish(StaffUser admin, String partnershipId, List<String> kpiIds, YearMonth from,
            YearMonth to) {
        Tenant tenant = tenants.require(admin.tenantId());
        if (!admin.tenantId().equals(TenantContext.current().orElse(null))) {
            throw new IllegalStateException("Admin of " + admin.tenantId() + " publishing as "
                    + TenantContext.current().orElse(null));
        }
        if (!admin.has(Role.TENANT_ADMIN)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.not.admin"));
        }
        Partnership partnership = partnerships.find(partnershipId).filter(p -> p.includes(tenant.id()))
                .orElseThrow(() -> new BenchmarkInputException(Msg.key("benchmarks.error.no.partnership")));
        if (kpiIds.isEmpty()) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.no.kpi"));
        }
        if (to.isBefore(from)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.months"));
        }
        List<RollupRow> rows = rollups.rows(from, to);
        List<KpiCell> cells = new ArrayList<>();
        for (String id : kpiIds) {
            Kpi kpi = catalogue.find(id)
                    .orElseThrow(() -> new BenchmarkInputException(Msg.key("benchmarks.error.no.kpi")));
            cells.addAll(SmallCells.suppress(KpiTables.cells(kpi, rows, tenant.population()),
                    thresholds.of(tenant.id()).of(kpi)));
        }
        Publication publication = shared.inTransaction(() -> write(partnership.id(), tenant.id(), admin.username(),
                kpiIds, from, to, cells));
        cache.invalidate(partnership.id());
        events.publish(TOPIC, partnership.id());
        return publication;
    }

    /**
     * Calls {@code onPublished} (on another thread, no tenant bound) whenever any city publishes to
     * the partnership, on any node.
     */
    public Registration subscribe(String partnershipId, Runnable onPublished) {
        return events.subscribe(TOPIC, payload -> {
            if (payload.equals(partnershipId)) {
                onPublished.run();
            }
        });
    }

    /** Every publication to the partnership, newest first, as the bound tenant may see them. */
    public List<Publication> history(String partnershipId) {
        return shared.jdbc().query("select * from benchmark_publication where partnership_id = ? order by id desc",
                BenchmarkPublications::publication, partnershipId);
    }

    private Publication write(String partnershipId, String tenantId, String username, List<String> kpiIds,
            YearMonth from, YearMonth to, List<KpiCell> cells) {
        int suppressed = (int) cells.stream().filter(KpiCell::suppressed).count();
        String[] kpis = kpiIds.toArray(String[]::new);
        long id = shared.jdbc().queryForObject("""
                insert into benchmark_publication (partnership_id, tenant_id, kpis, month_from, month_to,
                    catalogue_version, cells, suppressed, published_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, partnershipId, tenantId, kpis, Date.valueOf(from.atDay(1)),
                Date.valueOf(to.atDay(1)), catalogue.version(), cells.size(), suppressed, username);
        shared.jdbc().update("delete from benchmark_cell where partnership_id = ? and tenant_id = ? and kpi = any(?)",
                partnershipId, tenantId, kpis);
        shared.jdbc().batchUpdate("""
                insert into benchmark_cell (partnership_id, tenant_id, kpi, month, dimension, member, numerator,
                    denominator, value, suppressed, publication_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, cells, 1000, (statement, cell) -> {
                    statement.setString(1, partnershipId);
                    statement.setString(2, tenantId);
                    statement.setString(3, cell.kpi());
                    statement.setDate(4, Date.valueOf(cell.month().atDay(1)));
                    statement.setString(5, cell.dimension().code());
                    statement.setString(6, cell.member());
                    statement.setObject(7, cell.numerator());
                    statement.setObject(8, cell.denominator());
                    statement.setObject(9, cell.value());
                    statement.setBoolean(10, cell.suppressed());
                    statement.setLong(11, id);
                });
        return shared.jdbc().queryForObject("select * from benchmark_publication where id = ?",
                BenchmarkPublications::publication, id);
    }

    private static Publication publication(ResultSet row, int n) throws SQLException {
        return new Publication(row.getLong("id"), row.getString("partnership_id"), row.getString("tenant_id"),
                Arrays.asList((String[]) row.getArray("kpis").getArray()),
                YearMonth.from(row.getDate("month_from").toLocalDate()),
                YearMonth.from(row.getDate("month_to").toLocalDate()), row.getInt("catalogue_version"),
                row.getInt("cells"), row.getInt("suppressed"), row.getString("published_by"),
                row.getTimestamp("published_at").toInstant());
    }
}
