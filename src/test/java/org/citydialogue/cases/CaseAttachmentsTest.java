package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files on a case, on the real stores: attached, listed, downloaded with an audit, exported, removed by retention. */
@AppTest
class CaseAttachmentsTest {

    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    @Autowired
    Cases cases;

    @Autowired
    CaseAttachments attachments;

    @Autowired
    CaseRetention retention;

    @Autowired
    ResidentExport export;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private ResidentCase jinanComplaint(StaffUser agent, String email) {
        return cases.register(agent, new NewCase("complaint", "hotline", "city-appearance", "小区门口垃圾堆放三天无人清理。",
                "历下区泉城路1号", "王芳", email, "13800000000", "zh-Hans"));
    }

    @Test
    void a_jinan_operator_attaches_a_residents_photo_it_is_listed_on_the_timeline_and_each_download_is_audited() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase c = jinanComplaint(li, "wangfang@example.cn");

        ResidentCase attached = attachments.attach(li, c.id(), c.version(), "C:\\Users\\王芳\\垃圾<1>.JPG",
                "image/jpeg", PHOTO);

        assertThat(attached.version()).isEqualTo(c.version() + 1);
        assertThat(attachments.of(c.id())).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("垃圾_1_.JPG");
            assertThat(a.contentType()).isEqualTo("image/jpeg");
            assertThat(a.sizeBytes()).isEqualTo(PHOTO.length);
            assertThat(a.addedBy()).isEqualTo("li.agent");
            assertThat(a.removed()).isFalse();
        });
        assertThat(cases.timeline(c.id()).getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAttachments.ADDED);
            assertThat(e.note()).isEqualTo("垃圾_1_.JPG");
        });
        long id = attachments.of(c.id()).getFirst().id();

        StaffUser wang = SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        CaseAttachments.Download download = attachments.download(wang, id).orElseThrow();
        assertThat(download.content()).isEqualTo(PHOTO);
        assertThat(download.fileName()).isEqualTo("垃圾_1_.JPG");
        assertThat(jdbc.sql("""
                select actor || ' ' || subject from audit_event where action = 'case.attachment.download'
                and (detail ->> 'attachment')::bigint = ?
                """).param(id).query(String.class).list()).containsExactly("wang.handler " + c.reference());
        // Optimistic locking as for every step: a file on the version read before is refused.
        assertThatThrownBy(() -> attachments.attach(li, c.id(), c.version(), "b.pdf", "application/pdf", PHOTO))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void another_citys_attachment_cannot_be_downloaded() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase c = jinanComplaint(li, null);
        attachments.attach(li, c.id(), c.version(), "信.pdf", "application/pdf", PHOTO);
        long id = attachments.of(c.id()).getFirst().id();

        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        // Västerås's store has no such row (or one of its own with other content): never Jinan's file.
        assertThat(attachments.download(anna, id).map(CaseAttachments.Download::fileName)).isNotEqualTo(
                java.util.Optional.of("信.pdf"));
    }

    @Test
    void files_of_a_type_not_allowed_empty_or_too_large_are_refused_and_nothing_is_written() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = cases.register(anna, new NewCase("complaint", "letter", "streets-parks",
                "Brev om trasig gatlykta.", null, null, null, null, "sv"));

        assertRefused(anna, c, "virus.exe", "application/octet-stream", PHOTO, "case.error.attachment.type");
        assertRefused(anna, c, "photo.jpg", "text/html", PHOTO, "case.error.attachment.type");
        assertRefused(anna, c, "noextension", null, PHOTO, "case.error.attachment.type");
        assertRefused(anna, c, "brev.pdf", "application/pdf", new byte[0], "case.error.attachment.empty");
        assertRefused(anna, c, "brev.pdf", "application/pdf", new byte[attachments.maxBytes() + 1],
                "case.error.attachment.too.large");
        assertThat(attachments.of(c.id())).isEmpty();
        assertThat(cases.find(c.id()).orElseThrow().version()).isEqualTo(c.version());

        // A generic type is decided by the extension; the name loses its path.
        ResidentCase attached = attachments.attach(anna, c.id(), c.version(), "../../brev.pdf",
                "application/octet-stream", PHOTO);
        assertThat(attachments.of(c.id())).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("brev.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        jdbc.sql("update resident_case set closed_at = now(), status = 'closed' where id = ?").param(c.id()).update();
        assertRefused(anna, attached, "svar.pdf", "application/pdf", PHOTO, "case.error.attachment.closed");
    }

    @Test
    void a_letter_registered_with_its_scans_is_one_case_with_both_files_or_nothing_at_all() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        NewCase letter = new NewCase("complaint", "letter", "streets-parks", "Brev om trasig gatlykta, två sidor.",
                null, "Karin Ek", null, null, "sv");
        long casesBefore = jdbc.sql("select count(*) from resident_case").query(Long.class).single();

        // The second page is refused when the case is registered: neither the case nor the first page stays.
        assertThatThrownBy(() -> attachments.registerWith(anna, letter, java.util.List.of(
                new CaseAttachments.File("sida-1.pdf", "application/pdf", PHOTO),
                new CaseAttachments.File("sida-2.exe", "application/octet-stream", PHOTO))))
                .isInstanceOf(CaseInputException.class);
        assertThat(jdbc.sql("select count(*) from resident_case").query(Long.class).single()).isEqualTo(casesBefore);

        ResidentCase registered = attachments.registerWith(anna, letter, java.util.List.of(
                new CaseAttachments.File("sida-1.pdf", "application/pdf", PHOTO),
                new CaseAttachments.File("sida-2.pdf", "application/pdf", PHOTO)));
        assertThat(attachments.of(registered.id())).extracting(CaseAttachment::fileName)
                .containsExactly("sida-1.pdf", "sida-2.pdf");
        assertThat(cases.timeline(registered.id())).extracting(CaseEvent::action)
                .containsExactly("register", CaseAttachments.ADDED, CaseAttachments.ADDED);
    }

    private void assertRefused(StaffUser staff, ResidentCase c, String name, String type, byte[] content, String key) {
        assertThatThrownBy(() -> attachments.attach(staff, c.id(), c.version(), name, type, content))
                .isInstanceOfSatisfying(CaseInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void a_residents_export_lists_the_files_and_retention_removes_their_content_and_name_but_keeps_type_and_size() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        String email = "bilaga" + System.nanoTime() + "@example.se";
        ResidentCase c = cases.register(anna, new NewCase("complaint", "email", "streets-parks",
                "Foto på trasig bänk.", "Vasaparken", "Eva Svensson", email, null, "sv"));
        attachments.attach(anna, c.id(), c.version(), "Eva Svensson bänk.png", "image/png", PHOTO);

        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        JsonNode exported = JsonMapper.builder().build().readTree(new String(export.export(sara, email).json(),
                StandardCharsets.UTF_8));
        JsonNode file = exported.get("cases").get(0).get("attachments").get(0);
        assertThat(file.get("fileName").asString()).isEqualTo("Eva Svensson bänk.png");
        assertThat(file.get("contentType").asString()).isEqualTo("image/png");
        assertThat(file.get("sizeBytes").asInt()).isEqualTo(PHOTO.length);

        // Closed long ago, before any other test's case, so this run touches only it.
        Instant closed = Instant.parse("1980-03-01T12:00:00Z");
        jdbc.sql("update resident_case set status = 'closed', closed_at = ?, answered_at = ? where id = ?")
                .params(Timestamp.from(closed), Timestamp.from(closed), c.id()).update();
        assertThat(TenantContext.call("vasteras",
                () -> retention.anonymiseExpired(tenants.require("vasteras"), Instant.parse("1982-06-01T00:00:00Z"))))
                .isEqualTo(1);

        assertThat(attachments.of(c.id())).singleElement().satisfies(a -> {
            assertThat(a.removed()).isTrue();
            assertThat(a.fileName()).isEqualTo("[Anonymiserad]");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.sizeBytes()).isEqualTo(PHOTO.length);
        });
        assertThat(attachments.download(sara, attachments.of(c.id()).getFirst().id())).isEmpty();
    }
}
