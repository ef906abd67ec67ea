package org.citydialogue.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Jinan's personal data must stay in China: its tenant file names a PostgreSQL of its own. Here a
 * second real PostgreSQL plays that database; Västerås and ICLD stay on the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantOnOwnDatabaseTest {

    @SpringBootConfiguration
    @Import({TenantStoreConfiguration.class, TenantDirectory.class})
    static class Stores {
    }

    @TempDir
    static Path tenants;

    private EmbeddedPostgres jinanDatabase;
    private ConfigurableApplicationContext context;
    private DataSource dataSource;

    @BeforeAll
    void startJinansOwnDatabaseAndTheApp() throws IOException {
        jinanDatabase = EmbeddedPostgres.builder().start();
        for (String id : new String[] {"vasteras", "jinan", "icld"}) {
            Files.copy(Path.of("tenants", id + ".yaml"), tenants.resolve(id + ".yaml"));
        }
        context = new SpringApplicationBuilder(Stores.class)
                .web(WebApplicationType.NONE)
                .run("--citydialogue.tenants.dir=" + tenants,
                        "--citydialogue.database.embedded=true",
                        "--citydialogue.database.embedded-data-dir=",
                        "--JINAN_JDBC_URL=jdbc:postgresql://localhost:" + jinanDatabase.getPort() + "/postgres",
                        "--JINAN_DB_ADMIN_USERNAME=postgres",
                        "--JINAN_DB_ADMIN_PASSWORD=postgres");
        dataSource = context.getBean(DataSource.class);
    }

    @AfterAll
    void stop() throws IOException {
        if (context != null) {
            context.close();
        }
        if (jinanDatabase != null) {
            jinanDatabase.close();
        }
    }

    @Test
    void jinansConnectionsGoToJinansOwnDatabaseAndVasterassToTheSharedOne() throws SQLException {
        String jinanPort = TenantContext.call("jinan", () -> single("select current_setting('port')"));
        String vasterasPort = TenantContext.call("vasteras", () -> single("select current_setting('port')"));
        assertThat(jinanPort).isEqualTo(String.valueOf(jinanDatabase.getPort()));
        assertThat(vasterasPort).isNotEqualTo(jinanPort);
    }

    @Test
    void jinansStaffTableLivesOnlyInJinansDatabase() throws SQLException {
        TenantContext.run("jinan", () -> update("insert into staff_account (username, display_name) values ('li.j', '李丽')"));
        try (Connection jinanAdmin = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + jinanDatabase.getPort() + "/postgres", "postgres", "postgres")) {
            assertThat(query(jinanAdmin, "select display_name from tenant_jinan.staff_account")).isEqualTo("李丽");
            // The shared partnership schema is not there: nothing shared is kept in China's store.
            assertThat(query(jinanAdmin, "select count(*) from pg_namespace where nspname = 'partnership'"))
                    .isEqualTo("0");
        }
        String sharedHasJinan = TenantContext.call("vasteras",
                () -> single("select count(*) from pg_namespace where nspname = 'tenant_jinan'"));
        assertThat(sharedHasJinan).isEqualTo("0");
    }

    @Test
    void jinanMeetsTheSharedPartnershipSchemaAsItselfThoughItsCasesLiveElsewhere() {
        SharedStore shared = context.getBean(SharedStore.class);
        String asked = TenantContext.call("jinan", () -> shared.jdbc().queryForObject(
                "select partnership.current_tenant() || ' on ' || current_setting('port')", String.class));
        String sharedPort = TenantContext.call("vasteras", () -> shared.jdbc().queryForObject(
                "select current_setting('port')", String.class));
        assertThat(asked).isEqualTo("jinan on " + sharedPort);
        assertThat(sharedPort).isNotEqualTo(String.valueOf(jinanDatabase.getPort()));
    }

    @Test
    void onJinansDatabaseTheAppLoginHoldsNoRightsOfItsOwn() throws SQLException {
        String flags = TenantContext.call("jinan", () -> single(
                "select rolsuper::text || rolbypassrls::text from pg_roles where rolname = session_user"));
        assertThat(flags).isEqualTo("falsefalse");
        String withoutTenant = TenantContext.call("jinan",
                () -> single("set role none; select has_schema_privilege('tenant_jinan', 'USAGE')::text"));
        assertThat(withoutTenant).isEqualTo("false");
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql);
        }
    }

    private void update(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            while (s.getResultSet() == null && (s.getMoreResults() || s.getUpdateCount() != -1)) {
                // skip to the first result set of a multi-statement string
            }
            try (ResultSet r = s.getResultSet()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
