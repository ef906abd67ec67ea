package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Open, unanswered cases with a chosen deadline, stored directly (as an import would), for deadline tests. */
public final class OpenCases {

    private OpenCases() {
    }

    /** Received a week before {@code due}, as if registered by {@code by}; its id. */
    public static long open(JdbcClient jdbc, String tenant, String category, String department, Instant due,
            String by) {
        return TenantContext.call(tenant, () -> jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    received_at, answer_due_at, registered_by)
                values ('T-' || nextval('case_number'), 'complaint', 'letter', ?, ?, 'received', 'Test', ?, ?, ?)
                returning id
                """).params(category, department, Timestamp.from(due.minus(Duration.ofDays(7))), Timestamp.from(due), by)
                .query(Long.class).single());
    }
}
