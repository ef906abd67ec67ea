package org.citydialogue.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares one PostgreSQL for the tenants it holds: a NOLOGIN role and a schema per tenant, the
 * shared partnership schema, and the app's login role, which may switch to a tenant's role but
 * inherits none of their rights. Then migrates every schema. Idempotent: runs at every start.
 */
final class StoreProvisioner {

    static final String SHARED_SCHEMA = "partnership";
    static final String SHARED_ROLE = "cd_shared";
    private static final Logger log = LoggerFactory.getLogger(StoreProvisioner.class);

    private final DataSource admin;
    private final String appUser;
    private final String appPassword;

    StoreProvisioner(DataSource admin, String appUser, String appPassword) {
        this.admin = admin;
        this.appUser = SqlNames.identifier(appUser);
        this.appPassword = appPassword;
    }

    /**
     * Prepares the shared database: the shared schema, the tenants stored in it, and a role for each
     * tenant stored elsewhere, so that every tenant meets the shared schema's policies as itself.
     */
    void prepareShared(List<Tenant> stored, List<Tenant> elsewhere) throws SQLException {
        requireVersion16();
        ensureLoginRole();
        ensureRole(SHARED_ROLE);
        execute("GRANT " + SHARED_ROLE + " TO " + appUser + " WITH INHERIT TRUE, SET FALSE");
        migrate(SHARED_SCHEMA, "classpath:db/shared", Map.of());
        grantSchema(SHARED_SCHEMA, SHARED_ROLE);
        // Who is which tenant is the policies' ground truth: no tenant may rewrite it.
        execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + SHARED_SCHEMA + ".tenant_role FROM " + SHARED_ROLE);
        for (Tenant tenant : stored) {
            prepareTenant(tenant, true);
        }
        for (Tenant tenant : elsewhere) {
            String role = SqlNames.identifier(tenant.store().role());
            ensureRole(role);
            execute("GRANT " + role + " TO " + appUser + " WITH INHERIT FALSE, SET TRUE");
            execute("GRANT " + SHARED_ROLE + " TO " + role + " WITH INHERIT TRUE, SET FALSE");
        }
        for (Tenant tenant : concat(stored, elsewhere)) {
            execute("DELETE FROM " + SHARED_SCHEMA + ".tenant_role WHERE tenant_id = " + SqlNames.literal(tenant.id())
                    + " AND role_name <> " + SqlNames.literal(tenant.store().role()));
            execute("INSERT INTO " + SHARED_SCHEMA + ".tenant_role (role_name, tenant_id) VALUES ("
                    + SqlNames.literal(tenant.store().role()) + ", " + SqlNames.literal(tenant.id())
                    + ") ON CONFLICT (role_name) DO UPDATE SET tenant_id = excluded.tenant_id");
        }
    }

    private static List<Tenant> concat(List<Tenant> a, List<Tenant> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Prepares a tenant's own database, which holds no shared data. */
    void prepareOwn(Tenant tenant) throws SQLException {
        requireVersion16();
        ensureLoginRole();
        prepareTenant(tenant, false);
    }

    private void prepareTenant(Tenant tenant, boolean withShared) throws SQLException {
        String role = SqlNames.identifier(tenant.store().role());
        String schema = SqlNames.identifier(tenant.store().schema());
        ensureRole(role);
        // The app may become the tenant's role, but never holds its rights while it is itself.
        execute("GRANT " + role + " TO " + appUser + " WITH INHERIT FALSE, SET TRUE");
        if (withShared) {
            // SET FALSE: otherwise the app could become cd_shared through the tenant role.
            execute("GRANT " + SHARED_ROLE + " TO " + role + " WITH INHERIT TRUE, SET FALSE");
        }
        migrate(schema, "classpath:db/tenant", Map.of("tenant_id", tenant.id()));
        grantSchema(schema, role);
        execute("REVOKE ALL ON " + schema + ".flyway_schema_history FROM " + role);
        // The audit log is append-only for the app: only the store's owner could change a row, and
        // the hash chain (AuditChain) shows it.
        execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + ".audit_event FROM " + role);
        log.info("Tenant {} stored in schema {} under role {}", tenant.id(), schema, role);
    }

    private void migrate(String schema, String location, Map<String, String> placeholders) {
        Flyway.configure()
                .dataSource(admin)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(location)
                .placeholders(placeholders)
                .load()
                .migrate();
    }

    private void grantSchema(String schema, String role) throws SQLException {
        execute("REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC");
        execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
        execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + role);
    }

    private void ensureLoginRole() throws SQLException {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + SqlNames.literal(appUser)
                + ") THEN CREATE ROLE " + appUser + " LOGIN; END IF; END $$");
        execute("ALTER ROLE " + appUser + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD "
                + SqlNames.literal(appPassword));
    }

    private void ensureRole(String role) throws SQLException {
        execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + SqlNames.literal(role)
                + ") THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
    }

    private void requireVersion16() throws SQLException {
        try (Connection connection = admin.getConnection()) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < 16) {
                throw new IllegalStateException("PostgreSQL 16 or newer is needed (role membership options); found "
                        + major);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
