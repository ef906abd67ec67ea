package org.citydialogue.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.platform.EventChannel;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.stereotype.Service;

/**
 * Swedish national reference values, imported from a Kolada file ({@link KoladaFile}: JSON as
 * Kolada's API answers, or CSV). Only KPIs the catalogue maps are kept; a file with any malformed
 * entry is refused whole, and an import replaces the partnership's values of its KPIs in one
 * transaction. Stored per partnership, shown as reference lines.
 */
@Service
public class KoladaReferences {

    private final SharedStore shared;
    private final KoladaFile reader;
    private final DashboardCache cache;
    private final EventChannel events;

    KoladaReferences(SharedStore shared, KpiCatalogue catalogue, DashboardCache cache, EventChannel events) {
        this.shared = shared;
        this.reader = new KoladaFile(Set.copyOf(catalogue.all().stream().flatMap(kpi -> kpi.kolada().stream())
                .map(Kpi.KoladaMapping::id).toList()));
        this.cache = cache;
        this.events = events;
    }

    /** One value of the file. */
    public record Value(String koladaId, String municipality, int period, double value) {
    }

    /** Replaces the partnership's reference values of the KPIs in the file; returns what was kept. */
    public List<Value> importFile(StaffUser admin, String partnershipId, InputStream file) {
        if (!admin.has(Role.TENANT_ADMIN)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.not.admin"));
        }
        List<Value> values = reader.read(file);
        if (values.isEmpty()) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.kolada.empty"));
        }
        shared.inTransaction(() -> {
            for (String id : values.stream().map(Value::koladaId).distinct().toList()) {
                shared.jdbc().update("delete from kolada_reference where partnership_id = ? and kolada_id = ?",
                        partnershipId, id);
            }
            for (Value value : values) {
                shared.jdbc().update("""
                        insert into kolada_reference (partnership_id, kolada_id, municipality, period, value,
                            imported_by, tenant_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """, partnershipId, value.koladaId(), value.municipality(), value.period(), value.value(),
                        admin.username(), admin.tenantId());
            }
        });
        // Reference lines are part of what the dashboards show: drop them here and on every node.
        cache.invalidate(partnershipId);
        events.publish(BenchmarkPublications.TOPIC, partnershipId);
        return values;
    }
}
