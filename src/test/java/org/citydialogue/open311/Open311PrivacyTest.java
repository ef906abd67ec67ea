package org.citydialogue.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citydialogue.open311.Open311Calls.form;
import static org.citydialogue.open311.Open311Calls.json;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.citydialogue.AppTest;
import org.citydialogue.cases.CaseRetention;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.cases.ResidentExport;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a web form sent beside the case (device and account ids, coordinates, attributes) is the
 * resident's data too: their export shows it, and retention empties it with the case.
 */
@AppTest
class Open311PrivacyTest {

    @LocalServerPort
    int port;

    @Autowired
    Cases cases;

    @Autowired
    ResidentExport export;

    @Autowired
    CaseRetention retention;

    @Autowired
    TenantDirectory tenants;

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

    private ResidentCase reported(String email, String device) {
        var response = api.post("/open311/v2/requests.json", form("api_key", Open311Calls.VASTERAS_KEY,
                "service_code", "streets-parks", "lat", "59.6099", "long", "16.5448",
                "description", "Gatlyktan vid min port är släckt.", "email", email, "first_name", "Karin",
                "device_id", device, "client_request_id", "r-1", "account_id", "karin-account",
                "media_url", "https://example.se/foto.jpg", "attribute[landmark]", "Min port, Vasagatan 3"),
                "Idempotency-Key", "key-" + device);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String id = json(response).get(0).get("service_request_id").asString();
        return TenantContext.call("vasteras", () -> cases.find(id).orElseThrow());
    }

    @Test
    void a_residents_export_holds_what_their_web_form_sent_beside_the_case() {
        String email = "karin-" + UUID.randomUUID() + "@example.se";
        String device = "device-" + UUID.randomUUID();
        ResidentCase reported = reported(email, device);

        var sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        var result = export.export(sara, email);

        JsonNode exported = Open311Calls.JSON.readTree(new String(result.json(), StandardCharsets.UTF_8))
                .get("cases").get(0);
        assertThat(exported.get("reference").asString()).isEqualTo(reported.reference());
        assertThat(exported.get("residentName").asString()).isEqualTo("Karin");
        JsonNode request = exported.get("open311Request");
        assertThat(request.get("device_id").asString()).isEqualTo(device);
        assertThat(request.get("account_id").asString()).isEqualTo("karin-account");
        assertThat(request.get("client_request_id").asString()).isEqualTo("r-1");
        assertThat(request.get("idempotency_key").asString()).isEqualTo("key-" + device);
        assertThat(request.get("lat").asDouble()).isEqualTo(59.6099);
        assertThat(request.get("long").asDouble()).isEqualTo(16.5448);
        assertThat(request.get("media_url").asString()).isEqualTo("https://example.se/foto.jpg");
        assertThat(request.get("attributes").get("landmark").asString()).isEqualTo("Min port, Vasagatan 3");
        assertThat(request.get("client_id").asString()).isEqualTo("vasteras-webform");
        assertThat(request.has("token")).isTrue();
    }

    @Test
    void retention_empties_the_request_with_its_case_and_keeps_only_who_reported_it_and_when() {
        String device = "device-" + UUID.randomUUID();
        ResidentCase reported = reported("eva-" + UUID.randomUUID() + "@example.se", device);
        String token = TenantContext.call("vasteras", () -> jdbc.sql(
                "select token::text from open311_request where case_id = ?").param(reported.id())
                .query(String.class).single());
        // Closed long ago (other tests' retention runs look at other years), as an import of history would set it.
        Instant closed = Instant.parse("1982-03-01T12:00:00Z");
        TenantContext.run("vasteras", () -> jdbc.sql("update resident_case set status = 'closed', received_at = ?,"
                + " answered_at = ?, closed_at = ? where id = ?").params(Timestamp.from(closed.minusSeconds(86_400)),
                Timestamp.from(closed), Timestamp.from(closed), reported.id()).update());

        int anonymised = TenantContext.call("vasteras",
                () -> retention.anonymiseExpired(tenants.require("vasteras"), Instant.parse("1985-01-01T00:00:00Z")));

        assertThat(anonymised).isEqualTo(1);
        // Whatever columns the table has: only these may still hold a value.
        assertThat(TenantContext.call("vasteras", () -> jdbc.sql("""
                select array_to_string(array(select key from jsonb_each(to_jsonb(r))
                    where value <> 'null' and value <> '{}' order by key), ',')
                from open311_request r where case_id = ?
                """).param(reported.id()).query(String.class).single()))
                .isEqualTo("case_id,client_id,id,received_at,token");
        assertThat(TenantContext.call("vasteras", () -> jdbc.sql("""
                select detail ->> 'besideRecords' from audit_event
                where action = 'case.anonymised' and detail ->> 'closedBefore' like '1983-01-01%'
                """).query(String.class).list())).containsExactly("1");
        // The token still finds the case, now without anything of the resident.
        var byToken = api.get("/open311/v2/tokens/" + token + ".json?jurisdiction_id=vasteras");
        assertThat(byToken.statusCode()).as(byToken.body()).isEqualTo(200);
        assertThat(json(byToken).get(0).get("service_request_id").asString()).isEqualTo(reported.reference());
        var read = api.get("/open311/v2/requests/" + reported.reference() + ".json?api_key=" + Open311Calls.VASTERAS_KEY);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("59.6099", "foto.jpg", "Vasagatan", "Gatlyktan");
        assertThat(TenantContext.call("vasteras",
                () -> retention.anonymiseExpired(tenants.require("vasteras"), Instant.parse("1985-01-01T00:00:00Z"))))
                .as("a second run finds nothing new").isZero();
    }
}
