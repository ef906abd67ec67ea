package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseEvent;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.QueueRow;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agents and handlers work the queue and move cases along, each city in its own words. */
class CaseWorkTest extends CaseScreens {

    private static final int REFERENCE = 0, STATUS = 3, RECEIVED = 4, DEADLINE = 6;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    @Test
    void the_queue_shows_overdue_cases_first_with_their_state_in_words() {
        Tenant vasteras = tenants.require("vasteras");
        Instant now = Instant.now();
        // Received late in the evening UTC: already the next day in Stockholm.
        Instant receivedOnTrack = Instant.parse("2026-01-14T23:30:00Z");
        String onTrack = insert("culture-leisure", receivedOnTrack, deadlines.due(vasteras, now, 3));
        String dueSoon = insert("culture-leisure", now.minus(Duration.ofHours(1)), deadlines.due(vasteras, now, 0));
        String overdue = insert("culture-leisure", now.minus(Duration.ofHours(2)), now.minus(Duration.ofDays(3)));
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(QueueView.class);

        test(combo("queue-category")).selectItem("Kultur och fritid");

        Grid<QueueRow> queue = grid("case-queue");
        assertThat(column(queue, REFERENCE)).containsExactly(overdue, dueSoon, onTrack);
        assertThat(column(queue, DEADLINE)).containsExactly("Försenat", "Förfaller snart", "I tid");
        assertThat(test(queue).getLitRendererPropertyValue(0, DEADLINE, "theme", String.class)).isEqualTo("badge error");
        assertThat(column(queue, RECEIVED).get(2))
                .isEqualTo(Formats.of(Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm")).dateTime(receivedOnTrack))
                .contains("15 jan. 2026");
        assertThat(headers(queue)).containsExactly("Ärendenummer", "Typ", "Kategori", "Status", "Inkom",
                "Svar senast", "Tidsfrist", "Förvaltning");

        test(this.<org.citydialogue.calendar.DeadlineState>comboOf("queue-deadline")).selectItem("Försenat");
        assertThat(column(queue, REFERENCE)).containsExactly(overdue);

        test(queue).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat($(H2.class).id("case-title").getText()).isEqualTo("Ärende " + overdue);
        assertThat(fact("fact-countdown")).isEqualTo("Försenat");
    }

    @Test
    void a_vasteras_agent_forwards_a_case_to_a_department_and_the_timeline_shows_it() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Hål i cykelbanan på Kopparbergsvägen.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);
        assertThat(fact("fact-department")).isEmpty();

        test($(Button.class).id("action-forward")).click();
        assertThat(combo("action-department").getValue()).as("the category's usual department").isEqualTo("streets-parks");
        test(combo("action-department")).selectItem("Bygg och miljö");
        test(textArea("action-note")).setValue("Gäller bygglovet för cykelbanan.");
        test($(Button.class).id("action-submit")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(fact("fact-status")).isEqualTo("Överlämnat");
        assertThat(fact("fact-department")).isEqualTo("Bygg och miljö");
        assertThat($(Button.class).withId("action-forward").all()).as("forwarded cases are not forwarded again").isEmpty();
        Grid<CaseEvent> timeline = grid("case-timeline");
        assertThat(test(timeline).size()).isEqualTo(2);
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(col -> cell(timeline, 1, col)).toList()).containsExactly(
                "Anna Lindqvist", "Överlämna till förvaltning", "Mottaget → Överlämnat", "Bygg och miljö",
                "Gäller bygglovet för cykelbanan.");
        assertThat(cell(timeline, 0, 2)).isEqualTo("Registrerat");
        assertThat(cases.find(c.id()).orElseThrow().department()).isEqualTo("building-environment");
    }

    @Test
    void a_step_that_needs_a_reason_keeps_the_dialog_open_with_the_error_on_the_note() {
        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        ResidentCase c = streetComplaint(sara, "Parkbänken i Vasaparken är trasig.");
        c = cases.act(sara, c.id(), c.version(), "answer", null, "Lagas nästa vecka.");
        c = cases.act(sara, c.id(), c.version(), "close", null, null);
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);

        test($(Button.class).id("action-reopen")).click();
        test($(Button.class).id("action-submit")).click();

        assertThat($(Dialog.class).all()).hasSize(1);
        assertThat(textArea("action-note").isInvalid()).isTrue();
        assertThat(textArea("action-note").getErrorMessage()).isEqualTo("Ange ett skäl för det här steget.");
        assertThat(fact("fact-status")).isEqualTo("Avslutat");
    }

    @Test
    void a_stale_case_version_shows_the_changed_by_someone_else_message_and_reloads() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Snöröjningen har missat Hälla.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);
        test($(Button.class).id("action-forward")).click();
        test(textArea("action-note")).setValue("Till gatuenheten.");

        // Meanwhile a colleague tells the resident where the case is handled.
        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        cases.act(sara, c.id(), c.version(), "acknowledge", null, "Gatuenheten hanterar det.");
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);

        test($(Button.class).id("action-submit")).click();

        assertThat($(Paragraph.class).id("case-problem").getText()).isEqualTo("Någon annan ändrade ärendet medan du "
                + "arbetade med det. Inget sparades; ärendet har laddats om så att du kan försöka igen.");
        assertThat(fact("fact-status")).isEqualTo("Återkopplat");
        assertThat(test(grid("case-timeline")).size()).isEqualTo(2);
        assertThat(cases.timeline(c.id())).extracting(CaseEvent::action).containsExactly("register", "acknowledge");

        // The reloaded version can be worked on.
        test($(Button.class).id("action-forward")).click();
        test($(Button.class).id("action-submit")).click();
        assertThat(fact("fact-status")).isEqualTo("Överlämnat");
        assertThat($(Paragraph.class).withId("case-problem").all()).isEmpty();
    }

    @Test
    void a_jinan_agent_sees_the_queue_and_case_view_in_chinese_with_12345_terms() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("help", "hotline", "city-appearance",
                "小区门口垃圾三天没人清运。", "历下区泉城路", null, null, null, "zh-Hans"));
        openApp();
        assertThat(navigation()).containsExactly("首页", "工单", "受理登记", "联合计划", "对标分析");
        navigate(QueueView.class);

        Grid<QueueRow> queue = grid("case-queue");
        assertThat(headers(queue)).containsExactly("工单编号", "诉求类型", "业务类别", "办理状态", "受理时间", "办理时限",
                "时限状态", "承办部门");
        int row = column(queue, REFERENCE).indexOf(order.reference());
        assertThat(List.of(1, 2, 3, 6).stream().map(col -> cell(queue, row, col)).toList())
                .containsExactly("求助", "市容环境", "已受理", "正常");
        assertThat($(Button.class).id("queue-new-contact").getText()).isEqualTo("受理登记");

        test(queue).clickRow(row);
        assertThat($(H2.class).id("case-title").getText()).isEqualTo("工单 " + order.reference());
        assertThat(fact("fact-channel")).isEqualTo("12345热线");
        int left = deadlines.remaining(tenants.require("jinan"), Instant.now(), order.answerDueAt());
        assertThat(fact("fact-countdown")).isEqualTo("剩余 " + left + " 个工作日");
        assertThat($(Button.class).withId("action-dispatch").single().getText()).isEqualTo("派单");

        test($(Button.class).id("action-dispatch")).click();
        assertThat(combo("action-department").getLabel()).isEqualTo("承办部门");
        assertThat(combo("action-department").getValue()).isEqualTo("urban-management");
        test($(Button.class).id("action-submit")).click();
        assertThat(fact("fact-status")).isEqualTo("已派单");
        assertThat(fact("fact-department")).isEqualTo("城市管理局");
        assertThat(cell(grid("case-timeline"), 1, 2)).isEqualTo("派单");
    }

    @Test
    void the_queue_and_the_case_view_have_no_hard_coded_text() {
        StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        ResidentCase c = streetComplaint(sara, "Trasig lekplats.");
        openApp();
        HardCodedTextGuard.usePseudoLocale();

        QueueView queue = navigate(QueueView.class);
        assertThat(headers(grid("case-queue"))).contains("⟦Reference⟧");
        HardCodedTextGuard.assertNoHardCodedText(queue);
        // The guard does not reach a grid's templates: every badge's words must come from the catalogue.
        Grid<QueueRow> rows = grid("case-queue");
        assertThat(column(rows, DEADLINE)).contains("⟦On track⟧").allMatch(text -> text.matches("⟦.*⟧"));

        CaseDetailView detail = navigate("cases/" + c.id(), CaseDetailView.class);
        test($(Button.class).id("action-forward")).click();
        HardCodedTextGuard.assertNoHardCodedText(detail);
        HardCodedTextGuard.assertNoHardCodedText($(Dialog.class).single());
    }

    @Test
    void every_known_channel_has_a_name_in_the_catalogues() {
        for (String channel : org.citydialogue.cases.CaseSettings.KNOWN_CHANNELS) {
            assertThat(CaseTexts.channelKey(channel)).isEqualTo("channel." + channel);
        }
    }

    /** A case as if registered earlier, straight into Västerås's store. */
    private String insert(String category, Instant received, Instant due) {
        return TenantContext.call("vasteras", () -> {
            long number = jdbc.sql("select nextval('case_number')").query(Long.class).single();
            String reference = "VST-2026-9%05d".formatted(number);
            jdbc.sql("""
                    insert into resident_case (reference, kind, channel, category, status, description, received_at,
                        answer_due_at, registered_by)
                    values (?, 'question', 'phone', ?, 'received', 'Test', ?, ?, 'anna.agent')
                    """).params(reference, category, java.sql.Timestamp.from(received), java.sql.Timestamp.from(due))
                    .update();
            return reference;
        });
    }
}
