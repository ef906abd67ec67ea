package org.citydialogue.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The case table's indexes that back no constraint, dropped before a bulk load and built again
 * after it from their own definitions (faster than keeping them up to date row by row), for the
 * bulk history builders of the cases' and the dashboards' benchmarks. Run as the store's owner with
 * the tenant's schema on the search path.
 */
public final class SecondaryCaseIndexes {

    private SecondaryCaseIndexes() {
    }

    /** Drops them; answers how to build each again ({@code CREATE INDEX …}). */
    public static List<String> drop(Connection owner) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement sql = owner.createStatement(); ResultSet rows = sql.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = 'resident_case'::regclass
                    and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                """)) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (Statement sql = owner.createStatement()) {
            for (String name : names) {
                sql.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Builds them again from what {@link #drop} answered, on every partition of the case table. */
    public static void build(Connection owner, List<String> definitions) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            for (String definition : definitions) {
                sql.execute(definition.replace(" ON ONLY ", " ON "));
            }
        }
    }
}
