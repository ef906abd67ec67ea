package org.citydialogue.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.citydialogue.platform.EventDatabase;

/**
 * The event channel's connections, as the app login with no tenant on the shared database: NOTIFY
 * and LISTEN need no table rights, and a connection with no tenant reads no tenant's data. Where
 * the database is and the app's password stay inside tenancy.
 */
final class SharedDatabaseEvents implements EventDatabase {

    private final HikariDataSource sharedPool;
    private final DataSource tenantData;

    SharedDatabaseEvents(HikariDataSource sharedPool, DataSource tenantData) {
        this.sharedPool = sharedPool;
        this.tenantData = tenantData;
    }

    @Override
    public Connection borrow() throws SQLException {
        // Through the tenant data source, so the connection comes back stripped like any other;
        // with no tenant bound it is always one of the shared database's.
        try (var noTenant = TenantContext.bind(null)) {
            return tenantData.getConnection();
        }
    }

    @Override
    public Connection openDedicated(String applicationName) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", sharedPool.getUsername());
        login.setProperty("password", sharedPool.getPassword());
        login.setProperty("ApplicationName", applicationName);
        // A database that is away fails the attempt fast, so the caller's backoff takes over.
        login.setProperty("connectTimeout", "10");
        login.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(sharedPool.getJdbcUrl(), login);
        // The login's own role, whatever default role someone may have given it (see TenantDataSource).
        try (var statement = connection.createStatement()) {
            statement.execute("SET ROLE NONE");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
