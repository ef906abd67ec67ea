package org.citydialogue.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The only data source the application sees. Each connection it hands out is switched to the role
 * and schema of the tenant in {@link TenantContext}, on that tenant's own database when it has one;
 * with no tenant it reaches only the shared partnership schema. When the connection is given back
 * it is stripped of the tenant again, so an idle pooled connection can read nobody's data.
 */
final class TenantDataSource extends AbstractDataSource {

    // SET ROLE NONE, not RESET ROLE: RESET returns to the log-in default, and a login role may give
    // itself a default role (ALTER ROLE cd_app SET role = ...); NONE is always the login role itself.
    // DISCARD TEMP: temp tables come first in every search path, so one left on a pooled connection
    // would shadow the next tenant's table of that name and catch its rows.
    // The search path stays: as the login role the connection may not use any tenant's schema, so it
    // reads nobody's data whatever the path names; and a path set back and forth on every checkout
    // made PostgreSQL plan every prepared statement again (a changed path invalidates cached plans).
    private static final String STRIP = "SET ROLE NONE; DISCARD TEMP";
    private static final String NO_TENANT = STRIP + "; SET search_path TO " + StoreProvisioner.SHARED_SCHEMA;

    /** Where a tenant's connections come from, and the statement that makes one the tenant's. */
    private record Route(HikariDataSource pool, String switchStatement) {
    }

    private final Route noTenant;
    private final Map<String, Route> routes;

    private TenantDataSource(HikariDataSource sharedPool, Map<String, Route> routes) {
        this.noTenant = new Route(sharedPool, NO_TENANT);
        this.routes = Map.copyOf(routes);
    }

    /** Each tenant in its own schema, on its own database when it has one. */
    static TenantDataSource tenantStores(HikariDataSource sharedPool, Map<String, HikariDataSource> ownPools,
            Iterable<Tenant> tenants) {
        var routes = new java.util.HashMap<String, Route>();
        for (Tenant tenant : tenants) {
            routes.put(tenant.id(), new Route(ownPools.getOrDefault(tenant.id(), sharedPool),
                    switchTo(tenant, tenant.store().schema())));
        }
        return new TenantDataSource(sharedPool, routes);
    }

    /**
     * Each tenant in the shared partnership schema, as its own role there: the schema's row-level
     * policies then see which tenant is asking. Also for tenants whose cases live elsewhere.
     */
    static TenantDataSource sharedSchema(HikariDataSource sharedPool, Iterable<Tenant> tenants) {
        var routes = new java.util.HashMap<String, Route>();
        for (Tenant tenant : tenants) {
            routes.put(tenant.id(), new Route(sharedPool, switchTo(tenant, StoreProvisioner.SHARED_SCHEMA)));
        }
        return new TenantDataSource(sharedPool, routes);
    }

    private static String switchTo(Tenant tenant, String schema) {
        return STRIP + "; SET ROLE " + SqlNames.identifier(tenant.store().role())
                + "; SET search_path TO " + SqlNames.identifier(schema);
    }

    @Override
    public Connection getConnection() throws SQLException {
        String tenant = TenantContext.current().orElse(null);
        Route route = tenant == null ? noTenant : routes.get(tenant);
        if (route == null) {
            throw new SQLException("Unknown tenant " + tenant);
        }
        HikariDataSource pool = route.pool();
        Connection connection = pool.getConnection();
        try {
            endTransaction(connection);
            run(connection, route.switchStatement());
        } catch (SQLException e) {
            pool.evictConnection(connection);
            throw e;
        }
        return guard(pool, connection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Connections are only handed out for the current tenant");
    }

    private static Connection guard(HikariDataSource pool, Connection connection) {
        return (Connection) Proxy.newProxyInstance(TenantDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        strip(pool, connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Takes the tenant off a connection before it goes back to the pool, then returns it. */
    private static void strip(HikariDataSource pool, Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            endTransaction(connection);
            run(connection, STRIP);
        } catch (SQLException e) {
            // A connection that cannot be reset must not be reused by anyone.
            pool.evictConnection(connection);
            throw e;
        }
        connection.close();
    }

    /**
     * Rolls back whatever transaction is open, including one begun with plain SQL ("BEGIN") while the
     * driver is in auto-commit: a role reset made inside it would be undone by the next ROLLBACK.
     */
    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        if (connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            run(connection, "ROLLBACK");
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
