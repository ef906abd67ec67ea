package org.citydialogue.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;

/** Each city's case settings, read from the tenant files once at start-up (a bad section stops it). */
@Service
public class CaseCatalogue {

    private final Map<String, CaseSettings> settings = new HashMap<>();

    CaseCatalogue(TenantDirectory tenants) {
        for (Tenant tenant : tenants.all()) {
            tenant.section("cases").ifPresent(section -> settings.put(tenant.id(),
                    CaseSettingsReader.read(section, tenant)));
        }
    }

    /** Empty for a tenant that handles no cases, such as an organisation. */
    public Optional<CaseSettings> of(String tenantId) {
        return Optional.ofNullable(settings.get(tenantId));
    }

    public CaseSettings require(String tenantId) {
        return of(tenantId).orElseThrow(() -> new IllegalStateException(tenantId + " handles no cases"));
    }
}
