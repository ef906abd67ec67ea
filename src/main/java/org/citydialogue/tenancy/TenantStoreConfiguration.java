package org.citydialogue.tenancy;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.citydialogue.platform.EventDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires the stores: the embedded PostgreSQL when asked for, provisioning, pools, the tenant data source,
 * and the shared database's connections for the platform's events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class TenantStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "citydialogue.database.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        return new EmbeddedDatabase(settings);
    }

    @Bean(destroyMethod = "close")
    TenantPools tenantPools(DatabaseSettings settings, ObjectProvider<EmbeddedDatabase> embedded,
            TenantDirectory directory, ObjectProvider<MeterRegistry> meters) throws SQLException {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            DatabaseSettings local = new DatabaseSettings(true, settings.embeddedDataDir(), settings.embeddedPort(),
                    database.jdbcUrl(), "postgres", "postgres", settings.appUsername(), settings.appPassword(),
                    settings.poolSize());
            return new TenantPools(local, database.jdbcUrl(), directory, meters.getIfAvailable());
        }
        if (settings.url() == null || settings.adminUsername() == null) {
            throw new IllegalStateException("Set citydialogue.database.url, admin-username and admin-password "
                    + "for an external PostgreSQL, or citydialogue.database.embedded=true");
        }
        return new TenantPools(settings, settings.url(), directory, meters.getIfAvailable());
    }

    @Bean
    @Primary
    DataSource dataSource(TenantPools pools, TenantDirectory directory) {
        return TenantDataSource.tenantStores(pools.shared, pools.own, directory.all());
    }

    /** Shared partnership rows, reached as the bound tenant's role on the shared database. */
    @Bean
    SharedStore sharedStore(TenantPools pools, TenantDirectory directory) {
        return new SharedStore(TenantDataSource.sharedSchema(pools.shared, directory.all()));
    }

    /** The platform's cross-node events run on the shared database, as the app login with no tenant. */
    @Bean
    EventDatabase eventDatabase(TenantPools pools, DataSource dataSource) {
        return new SharedDatabaseEvents(pools.shared, dataSource);
    }
}
