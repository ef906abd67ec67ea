package org.citydialogue.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The connection pools of the app's login role: one on the shared PostgreSQL, one on each
 * tenant's own database. Built after every store has been provisioned and migrated.
 */
final class TenantPools implements AutoCloseable {

    final HikariDataSource shared;
    final Map<String, HikariDataSource> own = new HashMap<>();

    private final MeterRegistry meters;

    TenantPools(DatabaseSettings settings, String sharedUrl, TenantDirectory directory, MeterRegistry meters)
            throws SQLException {
        this.meters = meters;
        List<Tenant> inShared = new ArrayList<>();
        List<Tenant> elsewhere = new ArrayList<>();
        for (Tenant tenant : directory.all()) {
            if (tenant.store().ownDatabase()) {
                var admin = new SimpleDriverDataSource(new org.postgresql.Driver(), tenant.store().jdbcUrl(),
                        tenant.store().adminUsername(), tenant.store().adminPassword());
                new StoreProvisioner(admin, settings.appUsername(), settings.appPassword()).prepareOwn(tenant);
                elsewhere.add(tenant);
            } else {
                inShared.add(tenant);
            }
        }
        var admin = new SimpleDriverDataSource(new org.postgresql.Driver(), sharedUrl, settings.adminUsername(),
                settings.adminPassword());
        new StoreProvisioner(admin, settings.appUsername(), settings.appPassword()).prepareShared(inShared, elsewhere);
        shared = pool("shared", sharedUrl, settings, settings.poolSize());
        for (Tenant tenant : directory.all()) {
            if (tenant.store().ownDatabase()) {
                own.put(tenant.id(), pool(tenant.id(), tenant.store().jdbcUrl(), settings,
                        Math.max(4, settings.poolSize() / 2)));
            }
        }
    }

    private HikariDataSource pool(String name, String url, DatabaseSettings settings, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("store-" + name);
        config.setJdbcUrl(url);
        config.setUsername(settings.appUsername());
        config.setPassword(settings.appPassword());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        if (meters != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        }
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        own.values().forEach(HikariDataSource::close);
        shared.close();
    }
}
