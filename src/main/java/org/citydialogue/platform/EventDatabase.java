package org.citydialogue.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the event channel's connections come from: the database every node shares. Platform only
 * declares what it needs; tenancy, which alone knows where that database is and how the app logs
 * in, provides it, so platform stays the lowest layer and tenancy keeps its internals.
 */
public interface EventDatabase {

    /**
     * A pooled connection to the shared database with no tenant bound, in auto-commit, for a batch
     * of NOTIFYs; close it to give it back. Always the shared database, never a tenant's own: a NOTIFY
     * reaches only the listeners of the database it is sent on.
     */
    Connection borrow() throws SQLException;

    /**
     * A new, unpooled connection to the shared database as the app login with no tenant, for a
     * LISTEN that holds it as long as the node runs (a pool would lose it to eviction and recycling).
     *
     * @param applicationName shown in {@code pg_stat_activity}, so operators can tell it apart
     */
    Connection openDedicated(String applicationName) throws SQLException;
}
