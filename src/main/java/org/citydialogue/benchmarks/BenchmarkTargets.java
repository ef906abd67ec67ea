package org.citydialogue.benchmarks;

import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.platform.EventChannel;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.stereotype.Service;

/**
 * Targets a partnership agrees for its KPIs, replacing the catalogue's default on its dashboards.
 * Values are in the catalogue's scale (shares 0–1). Set and cleared by a member city's admin; the
 * database lets only members do either. Every change drops the partnership's cached dashboards.
 */
@Service
public class BenchmarkTargets {

    private final SharedStore shared;
    private final KpiCatalogue catalogue;
    private final DashboardCache cache;
    private final EventChannel events;

    BenchmarkTargets(SharedStore shared, KpiCatalogue catalogue, DashboardCache cache, EventChannel events) {
        this.shared = shared;
        this.catalogue = catalogue;
        this.cache = cache;
        this.events = events;
    }

    /** Sets the partnership's target for the KPI, replacing any it had. */
    public void set(StaffUser admin, String partnershipId, String kpiId, double value) {
        Kpi kpi = check(admin, kpiId);
        if (!Double.isFinite(value) || value < 0 || (kpi.unit() == Kpi.Unit.PERCENT && value > 1)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.target.error.range"));
        }
        shared.jdbc().update("""
                insert into benchmark_target (partnership_id, kpi, value, tenant_id, set_by) values (?, ?, ?, ?, ?)
                on conflict (partnership_id, kpi) do update
                    set value = excluded.value, tenant_id = excluded.tenant_id, set_by = excluded.set_by, set_at = now()
                """, partnershipId, kpi.id(), value, admin.tenantId(), admin.username());
        changed(partnershipId);
    }

    /** Drops the partnership's target for the KPI: the catalogue's default (if any) shows again. */
    public void clear(StaffUser admin, String partnershipId, String kpiId) {
        check(admin, kpiId);
        shared.jdbc().update("delete from benchmark_target where partnership_id = ? and kpi = ?", partnershipId,
                kpiId);
        changed(partnershipId);
    }

    private Kpi check(StaffUser admin, String kpiId) {
        if (!admin.has(Role.TENANT_ADMIN)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.not.admin"));
        }
        return catalogue.find(kpiId).orElseThrow(() -> new BenchmarkInputException(Msg.key("benchmarks.error.no.kpi")));
    }

    private void changed(String partnershipId) {
        cache.invalidate(partnershipId);
        events.publish(BenchmarkPublications.TOPIC, partnershipId);
    }
}
