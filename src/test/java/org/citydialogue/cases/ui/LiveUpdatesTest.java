package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.QueueRow;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agents see colleagues' changes without reloading. The colleague works on another thread, as in
 * another browser session or on another node; the change comes back through the database's events
 * and the view's {@code ui.access}, whose queued tasks the test runs as the push would. The queue's
 * count is only rewritten when the queue refreshes, so a changed count proves the refresh.
 */
class LiveUpdatesTest extends CaseScreens {

    private static final int REFERENCE = 0;

    @Autowired
    JdbcClient jdbc;

    @Test
    void when_a_colleague_registers_a_case_an_agents_open_queue_shows_it_without_reloading() throws Exception {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(QueueView.class);
        String countBefore = fact("queue-count");

        ResidentCase registered = asColleague(sara -> streetComplaint(sara, "Trasig gatlykta på Kopparbergsvägen."));

        waitUntilShown(() -> !fact("queue-count").equals(countBefore));
        Grid<QueueRow> queue = grid("case-queue");
        assertThat(column(queue, REFERENCE)).contains(registered.reference());
    }

    @Test
    void a_busy_minute_of_colleagues_cases_waits_as_one_refresh_of_the_queue_not_one_per_case() throws Exception {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(QueueView.class);
        int countBefore = Integer.parseInt(fact("queue-count").replaceAll("\\D", ""));

        // While Anna's session is busy (the test holds its lock), twenty cases come in.
        asColleague(sara -> {
            for (int i = 0; i < 20; i++) {
                streetComplaint(sara, "Trasig gatlykta nummer " + i + ".");
            }
            return null;
        });
        var waiting = VaadinSession.getCurrent().getPendingAccessQueue();
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (waiting.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        Thread.sleep(700);   // the rest of the notices arrive meanwhile
        assertThat(waiting).as("refreshes waiting for Anna's session").hasSize(1);

        MockVaadin.runUIQueue();
        assertThat(Integer.parseInt(fact("queue-count").replaceAll("\\D", ""))).isEqualTo(countBefore + 20);
    }

    @Test
    void when_a_colleague_forwards_a_case_the_open_case_view_shows_the_new_state_and_timeline() throws Exception {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Gropen på Stora gatan är djup.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);
        assertThat(fact("fact-status")).isEqualTo("Mottaget");

        asColleague(sara -> cases.act(sara, c.id(), c.version(), "forward", "streets-parks", "Gatuenheten."));

        waitUntilShown(() -> fact("fact-status").equals("Överlämnat"));
        assertThat(test(grid("case-timeline")).size()).isEqualTo(2);
    }

    @Test
    void a_change_in_jinan_does_not_refresh_a_vasteras_agents_queue() throws Exception {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(QueueView.class);
        String countBefore = fact("queue-count");
        // A Västerås row that announces nothing: only a refresh of the queue would count it.
        insertUnannounced();

        CompletableFuture.runAsync(() -> {
            StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
            try {
                cases.register(li, new NewCase("help", "hotline", "city-appearance", "垃圾没有清运。", null, null, null,
                        null, "zh-Hans"));
            } finally {
                SignedInStaff.signOut();
            }
        }).get(10, TimeUnit.SECONDS);
        Thread.sleep(700);
        MockVaadin.runUIQueue();
        assertThat(fact("queue-count")).as("after Jinan's change").isEqualTo(countBefore);

        // The same screen does refresh for its own city's change, so the silence above means something.
        asColleague(sara -> streetComplaint(sara, "Skräp i Vasaparken."));
        waitUntilShown(() -> !fact("queue-count").equals(countBefore));
    }

    /** Sara Ekström, a supervisor, does something on a thread and session of her own. */
    private <T> T asColleague(Function<StaffUser, T> work) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            StaffUser sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
            try {
                return work.apply(sara);
            } finally {
                SignedInStaff.signOut();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private void insertUnannounced() {
        TenantContext.run("vasteras", () -> jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, status, description, received_at,
                    answer_due_at, registered_by)
                values ('VST-2026-8' || lpad(nextval('case_number')::text, 5, '0'), 'question', 'phone',
                    'streets-parks', 'received', 'Test', ?, ?, 'anna.agent')
                """).params(java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(3)))).update());
    }
}
