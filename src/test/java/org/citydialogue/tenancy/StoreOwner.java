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
        String url = context.getBean(EmbeddedDatabase.class).jdbcUrl();
        try (Connection owner = DriverManager.getConnection(url, "postgres", "postgres")) {
            owner.createStatement().execute(sql);
        }
    }
}
