package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Fuzzed calls to every endpoint, through the API's whole filter chain and controllers with the real
 * database: never a 5xx, a stack trace or an answer outside the spec's codes, and a refused POST
 * stores nothing. {@code mvn test} runs the committed inputs in EndpointFuzzTestInputs.
 */
@UnlimitedClients
class EndpointFuzzTest {

    private static final List<String> RESOURCES = List.of("services", "requests", "discovery", "tokens/", "services/",
            "requests/", "", "a/b/");
    private static final List<String> EXTENSIONS = List.of(".json", ".xml", "", ".yaml");
    private static final List<String> JURISDICTIONS = List.of("vasteras", "jinan", "icld", "");
    private static final List<String> KEYS = List.of(Open311Calls.VASTERAS_KEY, Open311Calls.JINAN_KEY, "");
    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.GET,
            HttpMethod.POST, HttpMethod.DELETE);

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        // The app's own connections to its embedded PostgreSQL, not requests to fuzzed destinations.
        BugDetectors.allowNetworkConnections((host, port) -> "localhost".equals(host) || "127.0.0.1".equals(host));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Fuzzing (JAZZER_FUZZ=1) stops after 1.2 million inputs or 15 minutes, whichever comes first. */
    @FuzzTest(maxDuration = "15m", maxExecutions = 1_200_000)
    void no_call_gets_a_server_error_and_a_refused_post_stores_nothing(FuzzedDataProvider data) throws Exception {
        HttpMethod method = data.pickValue(METHODS);
        String resource = data.pickValue(RESOURCES);
        String path = "/open311/v2/" + resource + (resource.isEmpty() || resource.endsWith("/")
                ? segment(data.consumeString(40)) : "") + data.pickValue(EXTENSIONS);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path));
        String jurisdiction = data.consumeBoolean() ? data.pickValue(JURISDICTIONS) : data.consumeString(20);
        if (!jurisdiction.isEmpty()) {
            request.param("jurisdiction_id", jurisdiction);
        }
        String key = data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(30);
        if (!key.isEmpty()) {
            request.param("api_key", key);
        }
        if (data.consumeBoolean()) {
            request.header("Accept-Language", data.consumeString(30));
        }
        if (data.consumeBoolean()) {
            request.header("Idempotency-Key", data.consumeString(40));
        }
        for (Map.Entry<String, String[]> field : RequestParsingFuzzTest.fields(data).entrySet()) {
            request.param(field.getKey(), field.getValue());
        }
        String tenant = key.equals(Open311Calls.JINAN_KEY) ? "jinan" : "vasteras";
        long before = method == HttpMethod.POST ? stored(tenant) : 0;

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(path).isIn(200, 400, 403, 404);
        assertThat(response.getContentAsString()).doesNotContain("Exception", "\tat ");
        if (method == HttpMethod.POST && response.getStatus() != 200) {
            assertThat(stored(tenant)).as("rows after a refused POST").isEqualTo(before);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private long stored(String tenant) {
        return TenantContext.call(tenant, () -> jdbc.sql("""
                select coalesce((select max(id) from resident_case), 0)
                    + coalesce((select max(id) from open311_request), 0)
                """).query(Long.class).single());
    }
}
