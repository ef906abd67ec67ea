package org.citydialogue.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.citydialogue.tenancy.SectionReader;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Each tenant's small-cell thresholds, from the optional {@code benchmarks:} section of its file:
 * {@code suppression-threshold} (default 5) for counts of cases, {@code survey-threshold} (default
 * 30, as Kolada publishes no value below 30 answers) for survey indices. Checked at start-up.
 */
@Service
public class SuppressionThresholds {

    static final int DEFAULT_CASES = 5;
    static final int DEFAULT_SURVEY = 30;

    /** The thresholds of one tenant. */
    public record Thresholds(int cases, int survey) {

        int of(Kpi kpi) {
            return kpi.survey() ? survey : cases;
        }
    }

    private final Map<String, Thresholds> byTenant = new HashMap<>();

    SuppressionThresholds(TenantDirectory tenants) {
        for (Tenant tenant : tenants.all()) {
            byTenant.put(tenant.id(), tenant.section("benchmarks").map(section -> {
                SectionReader in = new SectionReader(section);
                JsonNode root = in.root();
                in.onlyKnown(root, Set.of("suppression-threshold", "survey-threshold"), "");
                return new Thresholds(in.number(root, "suppression-threshold", "", 2, 1000, DEFAULT_CASES),
                        in.number(root, "survey-threshold", "", 2, 1000, DEFAULT_SURVEY));
            }).orElse(new Thresholds(DEFAULT_CASES, DEFAULT_SURVEY)));
        }
    }

    public Thresholds of(String tenantId) {
        return byTenant.getOrDefault(tenantId, new Thresholds(DEFAULT_CASES, DEFAULT_SURVEY));
    }
}
