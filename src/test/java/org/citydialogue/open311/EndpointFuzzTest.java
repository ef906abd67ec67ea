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
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Fuzzed calls to every endpoint, in process through the real Spring MVC stack (MockMvc on the app's
 * context, with its security filter chains, controllers and the real PostgreSQL): fuzzed method,
 * path, extension, query, headers, body and content type. Every call is answered 200 or refused with
 * the spec's codes in the spec's error format of the format asked for — never a 5xx or a stack
 * trace — and no call but an accepted POST stores a case or a request row, in either city.
 * {@code mvn test} runs the committed inputs in EndpointFuzzTestInputs; to fuzz, see README.
 */
@UnlimitedClients
class EndpointFuzzTest {

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.GET,
            HttpMethod.POST, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.PATCH);
    private static final List<String> RESOURCES = List.of("discovery", "services", "requests", "services/",
            "requests/", "tokens/", "openapi", "", "a/b/");
    private static final List<String> EXTENSIONS = List.of(".json", ".xml", "", ".yaml", ".JSON", ".xml.json");
    private static final List<String> JURISDICTIONS = List.of("vasteras", "jinan", "icld", "VASTERAS", "");
    private static final List<String> CODES = List.of("streets-parks", "other", "city-appearance", "water");
    private static final List<String> CONTENT_TYPES = List.of("application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=UTF-8", "application/json", "text/xml",
            "multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded; charset=ISO-8859-1");

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private FuzzedWorld world;

    @BeforeEach
    void mvc() throws Exception {
        // The app's own connections to its embedded PostgreSQL, not requests to fuzzed destinations.
        BugDetectors.allowNetworkConnections((host, port) -> "localhost".equals(host) || "127.0.0.1".equals(host));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        world = FuzzedWorld.of(context, mvc);
    }

    /** Fuzzing (JAZZER_FUZZ=1) stops after 1.2 million inputs or 2 hours, whichever comes first. */
    @FuzzTest(maxDuration = "2h", maxExecutions = 1_200_000)
    void every_call_is_answered_or_refused_in_the_spec_format_and_a_refusal_stores_nothing(FuzzedDataProvider data)
            throws Exception {
        HttpMethod method = data.pickValue(METHODS);
        String path = path(data);
        MockHttpServletRequest request;
        try {
            request = request(data, method, path).buildRequest(context.getServletContext());
        } catch (IllegalArgumentException notAnHttpRequest) {
            return; // a path or content type no client could send; MockMvc itself refuses to build it
        }

        MockHttpServletResponse response = mvc.perform(servletContext -> request).andReturn().getResponse();

        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).as("%s %s: %s", method, path, body).isIn(200, 400, 403, 404, 429);
        assertThat(body).doesNotContain("Exception", "\tat ");
        if (status != 200 && method != HttpMethod.HEAD) {
            SpecErrors.assertRefusal(method + " " + path, request.getRequestURI(), status, body);
        }
        // Reads are not looked at (one database round trip less for half the inputs): they write nothing.
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            world.assertStoredOnlyBy(method == HttpMethod.POST && status == 200);
        }
    }

    private String path(FuzzedDataProvider data) {
        String resource = data.pickValue(RESOURCES);
        String name = switch (resource) {
            case "services/" -> data.consumeBoolean() ? data.pickValue(CODES) : segment(data);
            case "requests/" -> data.consumeBoolean() ? data.pickValue(world.references()) : segment(data);
            case "tokens/" -> data.consumeBoolean() ? data.pickValue(world.tokens()) : segment(data);
            case "", "a/b/" -> segment(data);
            default -> "";
        };
        String extension = data.consumeInt(0, 9) == 0 ? data.consumeString(6) : data.pickValue(EXTENSIONS);
        return "/open311/v2/" + resource + name + extension;
    }

    /** Usually URL-encoded; now and then raw, to reach the firewall's checks of paths. */
    private static String segment(FuzzedDataProvider data) {
        String value = data.consumeString(40);
        return data.consumeInt(0, 7) == 0 ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private MockHttpServletRequestBuilder request(FuzzedDataProvider data, HttpMethod method, String path)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path));
        String jurisdiction = data.consumeBoolean() ? data.pickValue(JURISDICTIONS) : data.consumeString(20);
        if (!jurisdiction.isEmpty()) {
            request.param("jurisdiction_id", jurisdiction);
        }
        switch (data.consumeInt(0, 4)) {
            case 0 -> request.param("api_key", Open311Calls.VASTERAS_KEY);
            case 1 -> request.param("api_key", Open311Calls.JINAN_KEY);
            case 2 -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + world.bearer(data.consumeBoolean()));
            case 3 -> request.header(HttpHeaders.AUTHORIZATION, data.consumeString(60));
            default -> {
            }
        }
        if (data.consumeBoolean()) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, data.consumeString(30));
        }
        if (data.consumeBoolean()) {
            request.header("Idempotency-Key", data.consumeString(40));
        }
        if (data.consumeBoolean()) {
            request.header(data.consumeString(20), data.consumeString(40));
        }
        Map<String, String[]> fields = RequestParsingFuzzTest.fields(data);
        boolean inBody = method != HttpMethod.GET && data.consumeBoolean();
        String contentType = data.consumeBoolean() ? data.pickValue(CONTENT_TYPES) : data.consumeString(60);
        if (inBody) {
            request.contentType(contentType).content(form(fields));
        } else {
            fields.forEach(request::param);
            if (data.consumeBoolean()) {
                request.contentType(contentType).content(data.consumeRemainingAsBytes());
            }
        }
        return request;
    }

    private static String form(Map<String, String[]> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> {
            for (String value : values) {
                body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return body.toString();
    }
}
