package org.citydialogue.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.citydialogue.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an operator relies on: health per tenant store, metrics, and the tenant in every log line. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_reports_the_database_and_every_tenant_store_without_sign_in() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().replace(" ", ""))
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"tenantStores\":{\"components\":{")
                .contains("\"vasteras\":{\"status\":\"UP\"}")
                .contains("\"jinan\":{\"status\":\"UP\"}")
                .contains("\"icld\":{\"status\":\"UP\"}");
    }

    @Test
    void prometheus_metrics_include_the_store_connection_pools() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active{pool=\"store-shared\"}");
    }

    @Test
    void a_log_line_written_while_working_for_a_tenant_names_that_tenant(CapturedOutput output) {
        TenantContext.run("jinan", () -> {
            new JdbcTemplate(dataSource).queryForObject("select 1", Integer.class);
            LoggerFactory.getLogger(OperationsTest.class).info("handled a work order");
        });
        LoggerFactory.getLogger(OperationsTest.class).info("no tenant here");
        assertThat(output.getOut()).containsPattern("INFO \\[jinan\\].*handled a work order");
        assertThat(output.getOut()).containsPattern("INFO \\[\\].*no tenant here");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
