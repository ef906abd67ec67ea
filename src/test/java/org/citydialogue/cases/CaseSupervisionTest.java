package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseSupervision.DepartmentLoad;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Breaches raised for supervisors, warnings before them, and whose cases the queue shows, on the real stores. */
@AppTest
class CaseSupervisionTest {

    @Autowired
    CaseSupervision supervision;

    @Autowired
    CaseQueue queue;

    @Autowired
    Cases cases;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private long open(String tenant, String category, String department, Instant due, String by) {
        return OpenCases.open(jdbc, tenant, category, department, due, by);
    }

    private DepartmentLoad load(String department) {
        return supervision.byDepartment().stream().filter(l -> department.equals(l.department())).findFirst()
                .orElse(new DepartmentLoad(department, 0, 0, 0));
    }

    /** Every case the queue shows under this filter, page by page. */
    private List<Long> ids(CaseQueue.Filter filter) {
        List<Long> all = new java.util.ArrayList<>();
        for (int offset = 0;; offset += 5_000) {
            List<QueueRow> page = queue.page(filter, offset, 5_000);
            page.forEach(c -> all.add(c.id()));
            if (page.size() < 5_000) {
                return all;
            }
        }
    }

    @Test
    void a_jinan_order_past_its_deadline_is_raised_for_the_supervisor_under_its_department_and_one_due_today_is_warned_of() {
        Tenant jinan = tenants.require("jinan");
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        Instant now = Instant.now();
        DepartmentLoad before = load("transport");

        long overdue = open("jinan", "traffic", "transport", now.minus(Duration.ofHours(1)), "li.agent");
        long dueSoon = open("jinan", "traffic", "transport", deadlines.due(jinan, now, 0), "li.agent");
        long onTrack = open("jinan", "traffic", "transport", deadlines.due(jinan, now, 3), "li.agent");

        DepartmentLoad after = load("transport");
        assertThat(after.open() - before.open()).isEqualTo(3);
        assertThat(after.breached() - before.breached()).isEqualTo(1);
        assertThat(after.dueSoon() - before.dueSoon()).isEqualTo(1);
        // The queue behind each figure holds exactly the cases the calendar puts in that state.
        CaseQueue.Filter transport = CaseQueue.Filter.open().withDepartment("transport");
        for (DeadlineState state : DeadlineState.values()) {
            List<Long> shown = ids(transport.withDeadline(state));
            for (long id : List.of(overdue, dueSoon, onTrack)) {
                Instant due = cases.find(id).orElseThrow().answerDueAt();
                assertThat(shown.contains(id)).as("case %d in %s", id, state)
                        .isEqualTo(deadlines.state(jinan, now, due) == state);
            }
        }
        assertThat(ids(transport.withDeadline(DeadlineState.BREACHED))).contains(overdue).doesNotContain(dueSoon);
        // An answered case is no longer a breach, though its date has passed.
        TenantContext.run("jinan", () -> jdbc.sql("update resident_case set answered_at = now() where id = ?")
                .param(overdue).update());
        assertThat(load("transport").breached()).isEqualTo(after.breached() - 1);
    }

    @Test
    void a_vasteras_agents_queue_shows_mine_and_my_teams_cases() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        Instant later = Instant.now().plus(Duration.ofDays(30));
        long registeredByAnna = open("vasteras", "streets-parks", null, later, "anna.agent");
        long someoneElses = open("vasteras", "streets-parks", null, later, "sara.supervisor");
        long forwardedByAnna = open("vasteras", "streets-parks", null, later, "sara.supervisor");
        ResidentCase forwarded = cases.find(forwardedByAnna).orElseThrow();
        cases.act(anna, forwardedByAnna, forwarded.version(), "forward", "streets-parks", null);

        CaseQueue.Filter mine = new CaseQueue.Filter(null, null, null, null, true, null, "anna.agent", false);
        assertThat(ids(mine)).contains(registeredByAnna, forwardedByAnna).doesNotContain(someoneElses);

        // The contact centre's team: what is not yet forwarded to a department.
        CaseQueue.Filter contactCentre = new CaseQueue.Filter(null, null, null, null, true, null, null, true);
        assertThat(ids(contactCentre)).contains(registeredByAnna, someoneElses).doesNotContain(forwardedByAnna);
        // A handler's team: their department.
        assertThat(ids(CaseQueue.Filter.open().withDepartment("streets-parks"))).contains(forwardedByAnna)
                .doesNotContain(registeredByAnna);
    }
}
