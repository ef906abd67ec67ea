package org.citydialogue.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the shared PostgreSQL is: embedded (a real PostgreSQL started by the app, for a laptop or a
 * demo) or external. The admin account owns schemas and runs migrations; the app account is an
 * unprivileged login that can only act through a tenant's role.
 */
@ConfigurationProperties("citydialogue.database")
public record DatabaseSettings(
        boolean embedded,
        String embeddedDataDir,
        int embeddedPort,
        String url,
        String adminUsername,
        String adminPassword,
        String appUsername,
        String appPassword,
        int poolSize) {

    public DatabaseSettings {
        embeddedDataDir = embeddedDataDir == null ? "" : embeddedDataDir.strip();
        appUsername = appUsername == null ? "cd_app" : appUsername;
        appPassword = appPassword == null ? "cd_app-change-me" : appPassword;
        poolSize = poolSize <= 0 ? 20 : poolSize;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[embedded=" + embedded + ", url=" + url + "]";
    }
}
