package org.citydialogue.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.context.ApplicationContext;

/** Raw SQL as the embedded PostgreSQL's owner, going around the app as someone with the database's keys would. */
public final class StoreOwner {

    private StoreOwner() {
    }

    public static void execute(ApplicationContext context, String sql) throws SQLException {
        try (Connection owner = connect(context)) {
            owner.createStatement().execute(sql);
        }
    }

    /** A connection as the owner, e.g. for a benchmark's bulk load that rebuilds indexes. */
    public static Connection connect(ApplicationContext context) throws SQLException {
        String url = context.getBean(EmbeddedDatabase.class).jdbcUrl();
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
