package org.citydialogue.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Health of every tenant's store, as one component per tenant under {@code tenantStores}: each
 * check takes a connection as that tenant, so it proves the role switch and the schema, on the
 * tenant's own database where it has one.
 */
@Configuration(proxyBeanMethods = false)
class TenantStoreHealth {

    private static final String PROBE = "select has_schema_privilege(current_schema(), 'USAGE')";

    @Bean
    CompositeHealthContributor tenantStores(TenantDirectory tenants, DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, HealthIndicator> checks = new LinkedHashMap<>();
        for (Tenant tenant : tenants.all()) {
            checks.put(tenant.id(), () -> check(jdbc, tenant));
        }
        return CompositeHealthContributor.fromMap(checks);
    }

    private static Health check(JdbcTemplate jdbc, Tenant tenant) {
        try {
            Boolean usable = TenantContext.call(tenant.id(), () -> jdbc.queryForObject(PROBE, Boolean.class));
            return Boolean.TRUE.equals(usable) ? Health.up().build() : Health.down().build();
        } catch (RuntimeException e) {
            return Health.down().withException(e).build();
        }
    }
}
