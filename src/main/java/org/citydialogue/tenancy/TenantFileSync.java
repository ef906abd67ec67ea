package org.citydialogue.tenancy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies what the tenant files say into the stores at start-up: each city's departments into its
 * own store (cases will refer to them), and each tenant's public facts into the shared directory
 * that partnerships use. The files stay the source; the tables follow them.
 */
@Component
@Order(0)
class TenantFileSync implements ApplicationRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TenantDirectory tenants;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TenantFileSync(TenantDirectory tenants, DataSource dataSource, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Tenant tenant : tenants.all()) {
            TenantContext.run(tenant.id(), () -> transactions.executeWithoutResult(status -> departments(tenant)));
        }
        transactions.executeWithoutResult(status -> tenants.all().forEach(this::directoryEntry));
    }

    private void departments(Tenant tenant) {
        List<Department> departments = tenant.departments();
        String[] codes = departments.stream().map(Department::code).toArray(String[]::new);
        jdbc.update("delete from department where code <> all (?)", (Object) codes);
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            jdbc.update("""
                    insert into department (code, names, position) values (?, ?::jsonb, ?)
                    on conflict (code) do update set names = excluded.names, position = excluded.position
                    """, d.code(), json(d.names()), i);
        }
    }

    private void directoryEntry(Tenant tenant) {
        jdbc.update("""
                insert into partner_tenant (id, kind, names, population, country) values (?, ?, ?::jsonb, ?, ?)
                on conflict (id) do update set kind = excluded.kind, names = excluded.names,
                    population = excluded.population, country = excluded.country, synced_at = now()
                """, tenant.id(), tenant.isCity() ? "city" : "organisation", json(tenant.names()),
                tenant.population(), tenant.country());
    }

    private static String json(Map<String, String> names) {
        return JSON.writeValueAsString(names);
    }
}
