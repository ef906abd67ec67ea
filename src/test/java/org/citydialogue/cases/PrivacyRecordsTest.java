package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Residents' rights and the cities' records rules: retention and export on request, on the real stores. */
@AppTest
class PrivacyRecordsTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseRetention retention;

    @Autowired
    ResidentExport export;

    @Autowired
    CaseSearch search;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    /** A word no other test's case contains: letters only, so the search takes it as one word. */
    private static String tag() {
        return "priv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private ResidentCase complaint(StaffUser agent, String description, String email, String phone) {
        return cases.register(agent, new NewCase("complaint", "phone", "streets-parks", description, "Vasagatan 12",
                "Eva Svensson", email, phone, "sv"));
    }

    /** Closes a case as if on {@code closedAt}: the dates are set directly, as an import of history would. */
    private void closedOn(ResidentCase c, Instant closedAt) {
        jdbc.sql("""
                update resident_case set status = 'closed', received_at = ?, answer_due_at = ?, answered_at = ?,
                    closed_at = ? where id = ?
                """).params(Timestamp.from(closedAt.minusSeconds(86_400 * 3)), Timestamp.from(closedAt),
                        Timestamp.from(closedAt), Timestamp.from(closedAt), c.id()).update();
    }

    @Test
    void a_case_closed_25_months_ago_is_anonymised_its_statistics_stay_a_recent_one_is_untouched_and_it_is_audited() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        String oldTag = tag(), recentTag = tag();
        ResidentCase old = complaint(anna, "Trasig parkbänk vid Mälaren " + oldTag, "eva@example.se", "021-123 45");
        cases.act(anna, old.id(), old.version(), "acknowledge", null, "Eva Svensson ringde igen " + oldTag);
        ResidentCase recent = complaint(anna, "Trasig gatlykta " + recentTag, "eva@example.se", "021-123 45");
        // Far in the past, so no other test's case is old enough to be touched by this run.
        Instant now = Instant.parse("1992-02-05T12:00:00Z");
        closedOn(old, Instant.parse("1990-01-05T12:00:00Z"));
        closedOn(recent, Instant.parse("1991-12-05T12:00:00Z"));
        ResidentCase before = cases.find(old.id()).orElseThrow();

        int anonymised = retention.anonymiseExpired(tenants.require("vasteras"), now);

        assertThat(anonymised).isEqualTo(1);
        ResidentCase after = cases.find(old.id()).orElseThrow();
        assertThat(after.residentName()).isNull();
        assertThat(after.residentEmail()).isNull();
        assertThat(after.residentPhone()).isNull();
        assertThat(after.location()).isNull();
        assertThat(after.description()).isEqualTo("[Anonymiserad]").doesNotContain(oldTag);
        // Statistics stay: what, how, where to, when, and which steps.
        assertThat(List.of(after.kind(), after.channel(), after.category(), after.status(), after.residentLanguage()))
                .containsExactly("complaint", "phone", "streets-parks", "closed", "sv");
        assertThat(after.receivedAt()).isEqualTo(before.receivedAt());
        assertThat(after.closedAt()).isEqualTo(before.closedAt());
        assertThat(cases.timeline(old.id())).extracting(CaseEvent::action).containsExactly("register", "acknowledge");
        assertThat(cases.timeline(old.id())).extracting(CaseEvent::note).containsOnlyNulls();
        // Its old words no longer find it.
        assertThat(search.search(oldTag, 10)).isEmpty();

        ResidentCase untouched = cases.find(recent.id()).orElseThrow();
        assertThat(untouched.residentName()).isEqualTo("Eva Svensson");
        assertThat(untouched.description()).contains(recentTag);
        assertThat(search.search(recentTag, 10)).extracting(CaseSearch.Hit::id).containsExactly(recent.id());

        assertThat(jdbc.sql("""
                select actor || ' ' || (detail ->> 'count') || ' ' || (detail ->> 'retentionMonths') from audit_event
                where action = 'case.anonymised' and detail ->> 'closedBefore' = '1990-02-05T12:00:00Z'
                """).query(String.class).list()).containsExactly("system.retention 1 24");
        assertThat(retention.anonymiseExpired(tenants.require("vasteras"), now)).as("a second run finds nothing new")
                .isZero();
    }

    @Test
    void a_residents_cases_are_exported_by_email_with_timelines_and_audited_without_others_or_the_other_city() {
        String email = "resident-" + UUID.randomUUID() + "@example.se";
        String phone = "070-" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase jinanCase = cases.register(li, new NewCase("help", "hotline", "city-appearance", "垃圾没人清运。",
                null, "Eva", email, null, "zh-Hans"));

        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase first = complaint(anna, "Hål i cykelbanan", email, phone);
        cases.act(anna, first.id(), first.version(), "acknowledge", null, "Gatuenheten tittar på det.");
        ResidentCase second = complaint(anna, "Snöröjning saknas", email.toUpperCase(), null);
        ResidentCase someoneElse = complaint(anna, "Buller från bygge", "other-" + email, "070-000 00 01");

        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        ResidentExport.Export result = export.export(sara, " " + email + " ");

        assertThat(result.references()).containsExactly(first.reference(), second.reference())
                .doesNotContain(someoneElse.reference(), jinanCase.reference());
        JsonNode json = JsonMapper.builder().build().readTree(new String(result.json(), StandardCharsets.UTF_8));
        assertThat(json.get("tenant").asString()).isEqualTo("vasteras");
        JsonNode exported = json.get("cases").get(0);
        assertThat(exported.get("reference").asString()).isEqualTo(first.reference());
        assertThat(exported.get("residentName").asString()).isEqualTo("Eva Svensson");
        assertThat(exported.get("timeline")).hasSize(2);
        assertThat(exported.get("timeline").get(1).get("note").asString()).isEqualTo("Gatuenheten tittar på det.");
        assertThat(jdbc.sql("""
                select actor || ' ' || (detail ->> 'count') from audit_event where action = 'resident.export' and subject = ?
                """).param(email).query(String.class).list()).containsExactly("sara.supervisor 2");

        assertThat(export.export(sara, phone.replace("-", " ")).references()).as("by phone, however it is written")
                .containsExactly(first.reference());
        assertThatThrownBy(() -> export.export(sara, "hello")).isInstanceOfSatisfying(CaseInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("export.error.contact"));

        StaffUser agent = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        assertThatThrownBy(() -> export.export(agent, email)).isInstanceOf(SecurityException.class);
    }
}
