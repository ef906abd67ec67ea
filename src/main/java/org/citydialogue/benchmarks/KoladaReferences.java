package org.citydialogue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swedish national reference values, imported from a file as Kolada's open API (v2 or v3) answers
 * {@code /data/kpi/{ids}/municipality/{ids}}: {@code {"values": [{"kpi", "municipality", "period",
 * "values": [{"gender": "T", "value"}]}]}}. Only KPIs the catalogue maps are kept; the whole file
 * is refused if any entry is malformed. Stored per partnership, shown as reference lines.
 */
@Service
public class KoladaReferences {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SharedStore shared;
    private final Set<String> mapped;

    KoladaReferences(SharedStore shared, KpiCatalogue catalogue) {
        this.shared = shared;
        this.mapped = Set.copyOf(catalogue.all().stream().flatMap(kpi -> kpi.kolada().stream())
                .map(Kpi.KoladaMapping::id).toList());
    }

    /** One value of the file. */
    public record Value(String koladaId, String municipality, int period, double value) {
    }

    /** Replaces the partnership's reference values of the KPIs in the file; returns what was kept. */
    public List<Value> importFile(StaffUser admin, String partnershipId, InputStream file) {
        if (!admin.has(Role.TENANT_ADMIN)) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.not.admin"));
        }
        List<Value> values = read(file);
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
        return values;
    }

    List<Value> read(InputStream file) {
        JsonNode root;
        try (file) {
            root = JSON.readTree(file);
        } catch (IOException | JacksonException e) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.kolada.file"));
        }
        JsonNode entries = root == null ? null : root.get("values");
        if (entries == null || !entries.isArray()) {
            throw new BenchmarkInputException(Msg.key("benchmarks.error.kolada.file"));
        }
        List<Value> values = new ArrayList<>();
        for (JsonNode entry : entries) {
            String kpi = entry.path("kpi").asString("");
            JsonNode period = entry.get("period");
            JsonNode parts = entry.get("values");
            if (kpi.isBlank() || period == null || !period.canConvertToInt() || parts == null || !parts.isArray()) {
                throw new BenchmarkInputException(Msg.key("benchmarks.error.kolada.file"));
            }
            if (!mapped.contains(kpi)) {
                continue;
            }
            for (JsonNode part : parts) {
                String gender = part.path("gender").asString("T");
                JsonNode value = part.get("value");
                if ("T".equals(gender) && value != null && value.isNumber()) {
                    values.add(new Value(kpi, entry.path("municipality").asString("0000"), period.asInt(),
                            value.asDouble()));
                }
            }
        }
        return values;
    }
}
