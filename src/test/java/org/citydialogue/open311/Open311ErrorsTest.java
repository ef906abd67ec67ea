package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydialogue.open311.Open311Calls.form;
import static org.citydialogue.open311.Open311Calls.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every bad call gets the spec's error format with 400, 403, 404 or 429: never a 500, never a stack trace, nothing stored. */
@AppTest
class Open311ErrorsTest {

    private static final String V = "/open311/v2/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Open311Calls api;

    @BeforeEach
    void client() {
        api = new Open311Calls(port);
    }

    @Test
    void bad_reads_are_answered_in_the_spec_error_format() {
        Map<String, Integer> reads = Map.ofEntries(
                Map.entry(V + "services.json", 400),
                Map.entry(V + "services.json?jurisdiction_id=nowhere", 404),
                Map.entry(V + "services.json?jurisdiction_id=icld", 404),
                Map.entry(V + "services.yaml?jurisdiction_id=vasteras", 404),
                Map.entry(V + "services?jurisdiction_id=vasteras", 404),
                Map.entry(V + "nothing.json?jurisdiction_id=vasteras", 404),
                Map.entry(V + "a/b/c.json", 404),
                Map.entry("/open311/v3/services.json", 404),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&start_date=2026-01-01&end_date=2026-06-01", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&start_date=yesterday", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&start_date=%2B999999999-12-31T23:59:59Z", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&start_date=2026-06-01&end_date=2026-05-01", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&status=pending", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&extensions=maybe", 400),
                Map.entry(V + "requests.json?jurisdiction_id=vasteras&jurisdiction_id=jinan", 400),
                Map.entry(V + "services.json?jurisdiction_id=vasteras&locale=fr", 400),
                Map.entry(V + "requests/VST-1999-999999.json?jurisdiction_id=vasteras", 404),
                Map.entry(V + "tokens/not-a-token.xml?jurisdiction_id=vasteras", 404),
                Map.entry(V + "tokens/00000000-0000-0000-0000-000000000000.json?jurisdiction_id=vasteras", 404),
                Map.entry(V + "services.json?jurisdiction_id=vasteras&api_key=a&api_key=b", 400),
                // Found by fuzzing: a refusal quoting a character XML cannot carry (U+FFFF) failed to write.
                Map.entry(V + "services.xml?jurisdiction_id=%EF%BD%9CE%EF%BF%BF", 404),
                Map.entry(V + "services.json?jurisdiction_id=%ED%A0%80x%01", 400),
                // Found by fuzzing: Spring Security's firewall refused this path with an empty 400.
                Map.entry(V + "services.json;x=1?jurisdiction_id=vasteras", 400));
        reads.forEach((path, status) -> assertSpecError(api.get(path), path, status));
    }

    @Test
    void bad_posts_are_refused_and_leave_nothing_behind() {
        long before = stored();
        List<Object[]> posts = new ArrayList<>();
        posts.add(new Object[] {400, form("address_string", "Stora Torget 1")});
        posts.add(new Object[] {404, form("service_code", "no-such", "address_string", "Stora Torget 1")});
        posts.add(new Object[] {400, form("service_code", "other")});
        posts.add(new Object[] {400, form("service_code", "other", "lat", "59.6")});
        posts.add(new Object[] {400, form("service_code", "other", "lat", "91", "long", "16")});
        posts.add(new Object[] {400, form("service_code", "other", "lat", "NaN", "long", "16")});
        posts.add(new Object[] {400, withPlace("email", "not-an-address")});
        posts.add(new Object[] {400, withPlace("phone", "call me maybe")});
        posts.add(new Object[] {400, withPlace("description", "x".repeat(4001))});
        posts.add(new Object[] {400, withPlace("description", "nul\u0000byte")});
        posts.add(new Object[] {400, withPlace("first_name", "bell\u0007")});
        posts.add(new Object[] {400, withPlace("attribute[unknown]", "1")});
        posts.add(new Object[] {400, withPlace("attribute[kind]", "rant")});
        posts.add(new Object[] {400, withPlace("attribute[quantity]", "many")});
        posts.add(new Object[] {400, withPlace("attribute[quantity]", "1e999999999")});
        posts.add(new Object[] {400, withPlace("attribute[observed_at]", "yesterday")});
        posts.add(new Object[] {400, withPlace("attribute[affected][]", "aliens")});
        posts.add(new Object[] {400, withPlace("media_url", "javascript:alert(1)")});
        posts.add(new Object[] {400, withPlace("service_code", "other")});
        for (Object[] post : posts) {
            @SuppressWarnings("unchecked")
            var fields = new ArrayList<>((List<Map.Entry<String, String>>) post[1]);
            fields.add(Map.entry("jurisdiction_id", "vasteras"));
            fields.add(Map.entry("api_key", Open311Calls.VASTERAS_KEY));
            assertSpecError(api.post(V + "requests.json", fields), fields.toString(), (int) post[0]);
        }
        assertSpecError(api.post(V + "requests.xml", form("jurisdiction_id", "vasteras", "api_key",
                Open311Calls.VASTERAS_KEY, "service_code", "other", "address_string", "x"), "Idempotency-Key",
                "has spaces"), "Idempotency-Key", 400);
        assertSpecError(api.post(V + "services.json", form("jurisdiction_id", "vasteras")), "POST services", 404);
        assertThat(stored()).as("rows stored by refused posts").isEqualTo(before);
    }

    @Test
    void a_client_over_its_rate_gets_429_and_may_go_on_a_moment_later() throws Exception {
        HttpResponse<String> limited = null;
        for (int i = 0; i < 2000 && limited == null; i++) {
            var response = api.get(V + "services.json?api_key=" + Open311Calls.JINAN_KEY);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(limited).as("the 50 per second of jinan-12345-app run out").isNotNull();
        assertSpecError(limited, "rate limit", 429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        Thread.sleep(1500);
        assertThat(api.get(V + "services.json?api_key=" + Open311Calls.JINAN_KEY).statusCode()).isEqualTo(200);
    }

    private static List<Map.Entry<String, String>> withPlace(String name, String value) {
        return form("service_code", "other", "address_string", "Stora Torget 1", name, value);
    }

    private long stored() {
        return TenantContext.call("vasteras", () -> jdbc.sql(
                "select (select count(*) from resident_case) + (select count(*) from open311_request)")
                .query(Long.class).single());
    }

    /** XML, the spec's required format, unless the path asks for JSON. */
    static void assertSpecError(HttpResponse<String> response, String what, int status) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.body()).as(what).doesNotContain("Exception", "\tat ", "org.citydialogue");
        if (!response.uri().getPath().endsWith(".json")) {
            assertThat(response.body()).as(what).contains("<errors><error><code>" + status + "</code><description>");
        } else {
            var error = json(response).get(0);
            assertThat(error.get("code").asInt()).as(what).isEqualTo(status);
            assertThat(error.get("description").asString()).as(what).isNotBlank();
        }
    }
}
