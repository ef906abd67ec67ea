package org.citydialogue.tenancy;

/**
 * Where a tenant's data lives: a schema of the shared PostgreSQL, or a PostgreSQL of its own
 * (for a city whose data must stay in its own country).
 *
 * @param schema        the schema holding the tenant's tables
 * @param role          the database role that alone may read and write that schema
 * @param jdbcUrl       the tenant's own database, or null for the shared one
 * @param adminUsername owner account on the tenant's own database (migrations, roles)
 * @param adminPassword its password
 */
public record StoreSettings(String schema, String role, String jdbcUrl, String adminUsername, String adminPassword) {

    public boolean ownDatabase() {
        return jdbcUrl != null;
    }

    @Override
    public String toString() {
        return "StoreSettings[schema=" + schema + ", role=" + role + ", jdbcUrl=" + jdbcUrl + "]";
    }
}
