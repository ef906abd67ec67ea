package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the endpoint fuzz test works against, made once per context: a case reported in each city
 * (so fuzzed reads can hit real references and tokens), bearer tokens of both cities' clients
 * (fetched again before they expire), and a connection of the database's owner that reads, in one
 * round trip, the newest case and request row of both cities — how the test sees that nothing
 * was stored.
 */
final class FuzzedWorld {

    private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);
    private static final String NEWEST = """
            select (select coalesce(max(id), 0) from tenant_vasteras.resident_case),
                   (select coalesce(max(id), 0) from tenant_vasteras.open311_request),
                   (select coalesce(max(id), 0) from tenant_jinan.resident_case),
                   (select coalesce(max(id), 0) from tenant_jinan.open311_request)
            """;
    private static FuzzedWorld current;

    private final ApplicationContext context;
    private final MockMvc mvc;
    private final Connection owner;
    private final List<String> references;
    private final List<String> tokens;
    private long[] newest;
    private String vasterasBearer;
    private String jinanBearer;
    private Instant bearersUntil = Instant.MIN;

    private FuzzedWorld(ApplicationContext context, MockMvc mvc) throws Exception {
        this.context = context;
        this.mvc = mvc;
        this.owner = owner(context.getBean(DataSource.class));
        String vasteras = report(Open311Calls.VASTERAS_KEY, "streets-parks", "Gatlyktan är släckt.");
        String jinan = report(Open311Calls.JINAN_KEY, "city-appearance", "井盖缺失。");
        this.references = List.of(vasteras.split(" ")[0], jinan.split(" ")[0], "VST-2026-000001", "JN-2026-000001");
        this.tokens = List.of(vasteras.split(" ")[1], jinan.split(" ")[1], "00000000-0000-0000-0000-000000000000");
        this.newest = newest();
    }

    /** The world of this context, made on first use (regression runs make a test instance per input). */
    static synchronized FuzzedWorld of(ApplicationContext context, MockMvc mvc) throws Exception {
        if (current == null || current.context != context) {
            current = new FuzzedWorld(context, mvc);
        }
        return current;
    }

    List<String> references() {
        return references;
    }

    List<String> tokens() {
        return tokens;
    }

    /** A valid access token of Västerås's or Jinan's client. */
    String bearer(boolean vasteras) throws Exception {
        if (Instant.now().isAfter(bearersUntil)) {
            vasterasBearer = accessToken("vasteras", "vasteras-webform", "demo-webform-secret");
            jinanBearer = accessToken("jinan", "jinan-12345-app", "demo-jinan-app-secret");
            bearersUntil = Instant.now().plus(TOKEN_LIFE);
        }
        return vasteras ? vasterasBearer : jinanBearer;
    }

    /**
     * After a call: a refusal (or any call but a POST) stored no case and no request row in either
     * city; an accepted POST stored at most one case with its one request row.
     */
    void assertStoredOnlyBy(boolean acceptedPost) throws SQLException {
        long[] now = newest();
        if (!acceptedPost) {
            assertThat(now).as("newest case and request rows (Västerås, Jinan) after a refused call")
                    .containsExactly(newest);
            return;
        }
        long cases = now[0] - newest[0] + now[2] - newest[2];
        long rows = now[1] - newest[1] + now[3] - newest[3];
        assertThat(cases).as("cases stored by one POST").isBetween(0L, 1L).isEqualTo(rows);
        newest = now;
    }

    private long[] newest() throws SQLException {
        try (Statement query = owner.createStatement(); ResultSet rs = query.executeQuery(NEWEST)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    /** As the embedded PostgreSQL's owner, at the address the app's own pool uses. */
    private static Connection owner(DataSource app) throws SQLException {
        String url = TenantContext.call("vasteras", () -> {
            try (Connection connection = app.getConnection()) {
                return connection.getMetaData().getURL();
            }
        });
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    /** Reports a request; answers its case number and token, separated by a space. */
    private String report(String apiKey, String serviceCode, String description) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post("/open311/v2/requests.json").param("api_key", apiKey)
                .param("service_code", serviceCode).param("address_string", "Stora Torget 1")
                .param("description", description)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        var answer = Open311Calls.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get(0);
        return answer.get("service_request_id").asString() + " " + answer.get("token").asString();
    }

    private String accessToken(String tenant, String client, String secret) throws Exception {
        // At the public URL, which the token's issuer is made from.
        String issuer = context.getEnvironment().resolveRequiredPlaceholders("${citydialogue.public-url}/auth/") + tenant;
        var response = mvc.perform(MockMvcRequestBuilders.post(URI.create(issuer + "/oauth2/token"))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials").param("scope", "open311")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Open311Calls.JSON.readTree(response.getContentAsString()).get("access_token").asString();
    }
}
