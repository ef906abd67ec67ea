package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue's pages deep in a long list, where they start from bookmarks, on the real store. */
@AppTest
class CaseQueueTest {

    @Autowired
    CaseQueue queue;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jump_deep_into_a_long_queue_shows_the_same_cases_as_reading_the_whole_list_in_order() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        String by = "bulk" + System.nanoTime();
        // 2,600 cases, a third of them overdue and unanswered, some answered late, many on the same due day.
        jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, status, description, received_at,
                    answer_due_at, answered_at, registered_by)
                select 'Q-' || nextval('case_number'), 'question', 'phone', 'other', 'received', 'Test',
                    now() - interval '60 days', now() + ((n % 97) - 30) * interval '1 day',
                    case when n % 5 = 0 then now() - interval '1 day' end, ?
                from generate_series(1, 2600) n
                """).param(by).update();
        CaseQueue.Filter mine = new CaseQueue.Filter(null, null, null, null, true, null, by, false);
        List<Long> whole = jdbc.sql("""
                select id from resident_case where registered_by = ? and closed_at is null
                order by (answered_at is null and answer_due_at < now()) desc, answer_due_at, id
                """).param(by).query(Long.class).list();
        assertThat(whole).hasSize(2600);

        int overdue = jdbc.sql("select count(*) from resident_case where registered_by = ? and answered_at is null"
                + " and answer_due_at < now()").param(by).query(Integer.class).single();
        assertThat(overdue).isBetween(100, 900);
        // Around where the overdue part ends, from the start and from bookmarks.
        for (int offset : List.of(0, overdue - 20, overdue, 950, 999, 1000, 1001, 1337, 2000, 2575)) {
            assertThat(queue.page(mine, offset, 50)).extracting(QueueRow::id).as("page at %d", offset)
                    .containsExactlyElementsOf(whole.subList(offset, Math.min(offset + 50, whole.size())));
        }
        assertThat(queue.page(mine, 2600, 50)).isEmpty();
        assertThat(queue.count(mine)).isEqualTo(2600);
    }
}
