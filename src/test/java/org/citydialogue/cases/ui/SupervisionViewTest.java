package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Supervisors see breaches by department; agents are warned before their cases breach. */
class SupervisionViewTest extends CaseScreens {

    private static final int REFERENCE = 0;
    private static final int DEADLINE = 6;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    private String open(String tenant, String category, String department, Instant due, String by) {
        return TenantContext.call(tenant, () -> jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    received_at, answer_due_at, registered_by)
                values ('T-' || nextval('case_number'), 'complaint', 'letter', ?, ?, 'received', 'Test', ?, ?, ?)
                returning reference
                """).params(category, department, Timestamp.from(due.minus(Duration.ofDays(7))), Timestamp.from(due), by)
                .query(String.class).single());
    }

    @Test
    void a_jinan_supervisor_sees_an_overdue_order_under_its_department_and_opens_the_queue_with_it() {
        String overdue = open("jinan", "environment", "ecology-environment", Instant.now().minus(Duration.ofHours(2)),
                "li.agent");
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();
        assertThat(navigation()).contains("督办");
        navigate(SupervisionView.class);

        var departments = grid("supervision-departments");
        assertThat(headers(departments)).containsExactly("承办部门", "未办结", "即将到期", "已超期");
        int row = column(departments, 0).indexOf("生态环境局");
        assertThat(row).isNotNegative();
        assertThat(Integer.parseInt(cell(departments, row, 3))).isPositive();
        RouterLink link = (RouterLink) test(departments).getCellComponent(row, 3);
        assertThat(link.getQueryParameters().orElseThrow().getQueryString()).contains("department=ecology-environment")
                .contains("deadline=breached");

        com.vaadin.flow.component.UI.getCurrent().navigate(QueueView.class, link.getQueryParameters().orElseThrow());
        assertThat(getCurrentView()).isInstanceOf(QueueView.class);
        var queue = grid("case-queue");
        assertThat(column(queue, REFERENCE)).contains(overdue);
        assertThat(column(queue, DEADLINE)).containsOnly("已超期");
        assertThat(combo("queue-department").getValue()).isEqualTo("ecology-environment");
    }

    @Test
    void a_vasteras_agent_is_warned_of_her_cases_due_today_and_overdue_and_shows_them_with_one_click() {
        var vasteras = tenants.require("vasteras");
        Instant now = Instant.now();
        // Someone new, so the warning counts only this test's cases.
        String by = "olle.agent" + System.nanoTime();
        String overdue = open("vasteras", "civil-weddings", null, now.minus(Duration.ofDays(1)), by);
        String dueSoon = open("vasteras", "civil-weddings", null, deadlines.due(vasteras, now, 0), by);
        open("vasteras", "civil-weddings", null, deadlines.due(vasteras, now, 5), by);
        SignedInStaff.as("vasteras", by, "Olle Agent", Role.AGENT);
        openApp();
        navigate(QueueView.class);

        assertThat($(Span.class).id("queue-warning-text").getText())
                .isEqualTo("Behöver åtgärdas: 1 ärende försenat, 1 förfaller senast vid arbetsdagens slut.");
        test($(Button.class).id("queue-show-due-soon")).click();
        var queue = grid("case-queue");
        assertThat(column(queue, DEADLINE)).containsOnly("Förfaller snart");
        assertThat(column(queue, REFERENCE)).contains(dueSoon);

        test($(Button.class).id("queue-show-overdue")).click();
        test(this.<QueueFilters.Scope>comboOf("queue-scope")).selectItem("Mina");
        assertThat(column(grid("case-queue"), REFERENCE)).containsExactly(overdue);
    }

    @Test
    void the_supervision_page_has_no_hard_coded_text() {
        open("vasteras", "civil-weddings", "civil-weddings", Instant.now().minus(Duration.ofDays(1)), "anna.agent");
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        SupervisionView view = navigate(SupervisionView.class);
        HardCodedTextGuard.assertNoHardCodedText(view);
    }
}
