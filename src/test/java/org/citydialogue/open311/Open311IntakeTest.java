package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citydialogue.open311.Open311Calls.form;
import static org.citydialogue.open311.Open311Calls.json;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.citydialogue.AppTest;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.QueueRow;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Systems report residents' requests over Open311 and they become cases in the city's own queue, once. */
@AppTest
class Open311IntakeTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseUpdates updates;

    @Autowired
    CaseQueue queue;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    private Open311Calls api;

    @BeforeEach
    void client() {
        api = new Open311Calls(port);
    }

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_vasteras_web_form_posts_a_request_and_an_agent_sees_it_in_the_queue_at_once() throws Exception {
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        Registration listening = updates.subscribe("vasteras", heard::add);
        try {
            String token = api.token("vasteras", "vasteras-webform", "demo-webform-secret");
            var response = api.post("/open311/v2/requests.json", form("jurisdiction_id", "vasteras",
                    "service_code", "streets-parks", "lat", "59.6099", "long", "16.5448",
                    "description", "Gatlyktan vid busshållplatsen är släckt.", "attribute[kind]", "complaint",
                    "attribute[affected][]", "pedestrians", "attribute[affected][]", "cyclists",
                    "attribute[quantity]", "2", "email", "karin@example.se"),
                    "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            String id = json(response).get(0).get("service_request_id").asString();
            assertThat(id).matches("VST-\\d{4}-\\d{6}");
            assertThat(json(response).get(0).get("service_notice").asString()).contains("2 arbetsdagar");

            var anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
            ResidentCase registered = cases.find(id).orElseThrow();
            assertThat(heard.poll(2, TimeUnit.SECONDS)).as("live update to open queues").isEqualTo(registered.id());
            // The queue as an agent filters it by channel (other tests' cases share this database).
            var fromOpen311 = new CaseQueue.Filter(null, null, "open311", null, true, null, null, false);
            assertThat(queue.page(fromOpen311, 0, 500)).extracting(QueueRow::reference).contains(id);
            assertThat(registered.channel()).isEqualTo("open311");
            assertThat(registered.registeredBy()).isEqualTo("vasteras-webform");
            assertThat(registered.kind()).isEqualTo("complaint");
            assertThat(registered.status()).isEqualTo("received");
            assertThat(registered.residentEmail()).isEqualTo("karin@example.se");
            assertThat(registered.answerDueAt()).as("two working days' clock started").isAfter(registered.receivedAt());
            assertThat(cases.timeline(registered.id())).extracting(e -> e.actor() + ":" + e.action())
                    .containsExactly("vasteras-webform:register");
            assertThat(anna.tenantId()).isEqualTo("vasteras");
        } finally {
            listening.remove();
        }
    }

    @Test
    void a_retried_post_makes_one_case_even_when_the_retries_race() throws Exception {
        String key = UUID.randomUUID().toString();
        Callable<String> post = () -> json(api.post("/open311/v2/requests.json", form("api_key",
                Open311Calls.VASTERAS_KEY, "service_code", "other", "address_string", "Stora Torget 1",
                "description", "Bänken är trasig."), "Idempotency-Key", key)).get(0).get("service_request_id")
                .asString();
        List<String> ids = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var answer : pool.invokeAll(List.of(post, post, post, post, post, post))) {
                ids.add(answer.get());
            }
        }
        assertThat(Set.copyOf(ids)).hasSize(1);
        assertThat(countOf("idempotency_key = ?", key)).isEqualTo(1);

        String device = "device-" + UUID.randomUUID();
        var form = form("api_key", Open311Calls.VASTERAS_KEY, "service_code", "other", "address_string",
                "Stora Torget 1", "device_id", device, "client_request_id", "r-1");
        String first = json(api.post("/open311/v2/requests.json", form)).get(0).get("service_request_id").asString();
        var retry = api.post("/open311/v2/requests.json", form);
        assertThat(json(retry).get(0).get("service_request_id").asString()).isEqualTo(first);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(countOf("device_id = ?", device)).isEqualTo(1);
    }

    @Test
    void the_database_itself_refuses_a_second_row_for_the_same_key() {
        String key = "db-" + UUID.randomUUID();
        String insert = "insert into open311_request (client_id, token, idempotency_key) values ('c', ?, ?)";
        TenantContext.run("vasteras", () -> jdbc.sql(insert).params(UUID.randomUUID(), key).update());
        assertThatThrownBy(() -> TenantContext.run("vasteras",
                () -> jdbc.sql(insert).params(UUID.randomUUID(), key).update()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void jinans_client_can_neither_post_to_nor_read_privately_from_vasteras() {
        String token = api.token("jinan", "jinan-12345-app", "demo-jinan-app-secret");
        var posts = List.of(
                api.post("/open311/v2/requests.json", form("jurisdiction_id", "vasteras", "service_code", "other",
                        "address_string", "Stora Torget 1"), "Authorization", "Bearer " + token),
                api.post("/open311/v2/requests.xml", form("jurisdiction_id", "vasteras", "api_key",
                        Open311Calls.JINAN_KEY, "service_code", "other", "address_string", "Stora Torget 1")),
                api.get("/open311/v2/requests.json?jurisdiction_id=vasteras", "Authorization", "Bearer " + token),
                api.get("/open311/v2/requests.json?jurisdiction_id=vasteras&api_key=" + Open311Calls.JINAN_KEY));
        assertThat(posts).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(403));
        assertThat(json(posts.get(0)).get(0).get("code").asInt()).isEqualTo(403);
        assertThat(posts.get(1).body()).contains("<errors><error><code>403</code>");

        // A Jinan token at Västerås's issuer does not exist: the client is unknown there.
        assertThatThrownBy(() -> api.token("vasteras", "jinan-12345-app", "demo-jinan-app-secret"))
                .isInstanceOf(AssertionError.class);
        // Its own city takes it.
        var own = api.post("/open311/v2/requests.json", form("service_code", "city-appearance",
                "address_string", "历下区泉城路", "description", "井盖缺失。"), "Authorization", "Bearer " + token);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(json(own).get(0).get("service_request_id").asString()).startsWith("JN");
    }

    @Test
    void posting_needs_a_client_and_bad_credentials_are_refused() {
        var refused = List.of(
                api.post("/open311/v2/requests.json", form("jurisdiction_id", "vasteras", "service_code", "other",
                        "address_string", "Stora Torget 1")),
                api.post("/open311/v2/requests.json", form("jurisdiction_id", "vasteras", "api_key", "wrong-key",
                        "service_code", "other", "address_string", "Stora Torget 1")),
                api.get("/open311/v2/services.json?jurisdiction_id=vasteras", "Authorization", "Bearer not.a.jwt"),
                api.get("/open311/v2/services.json?jurisdiction_id=vasteras", "Authorization", "Basic eDp5"));
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(json(r).get(0).get("description").asString()).isNotBlank();
        });
    }

    private long countOf(String where, String value) {
        return TenantContext.call("vasteras", () -> jdbc.sql("select count(*) from open311_request where " + where)
                .param(value).query(Long.class).single());
    }

    static Set<String> ids(tools.jackson.databind.JsonNode list) {
        return list.valueStream().map(r -> r.get("service_request_id").asString()).collect(Collectors.toSet());
    }
}
