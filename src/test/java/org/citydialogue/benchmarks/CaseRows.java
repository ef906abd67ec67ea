package org.citydialogue.benchmarks;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts cases straight into the bound tenant's store (as an import would) with chosen dates and
 * outcomes, and brings its rollups up to date, for tests that need exact counts in a month no other
 * test uses. A bean of the test sources, found by the app's component scan.
 */
@Component
class CaseRows {

    private final JdbcClient jdbc;
    private final KpiRollups rollups;
    private final TenantDirectory tenants;

    CaseRows(JdbcClient jdbc, KpiRollups rollups, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.tenants = tenants;
    }

    long insert(String channel, String category, String received, String answered, String due, String closed,
            String department, Integer satisfaction, String scale) {
        return jdbc.sql("""
                insert into resident_case (reference, kind, channel, category, department, status, description,
                    received_at, answer_due_at, answered_at, closed_at, registered_by, satisfaction, satisfaction_scale)
                values ('KPI-' || gen_random_uuid(), 'question', ?, ?, ?, 'received', 'Fråga', ?, ?, ?, ?, 'test', ?, ?)
                returning id
                """).params(channel, category, department, at(received), at(due), at(answered), at(closed),
                        satisfaction, satisfaction == null ? null : scale)
                .query(Long.class).single();
    }

    /** Whether the bound tenant has no case received in [from, until). */
    boolean none(String from, String until) {
        return jdbc.sql("select count(*) from resident_case where received_at >= ? and received_at < ?")
                .params(at(from), at(until)).query(Long.class).single() == 0;
    }

    /** {@code count} answered cases of one channel and category received at {@code received}. */
    void answered(int count, String channel, String category, String received) {
        OffsetDateTime at = OffsetDateTime.parse(received);
        for (int i = 0; i < count; i++) {
            insert(channel, category, received, at.plusHours(3).toString(), at.plusDays(2).toString(), null, null,
                    null, null);
        }
    }

    /** Refreshes the bound tenant's rollups until no month is left dirty (the scheduler may hold the lock). */
    void refresh() {
        String tenant = TenantContext.current().orElseThrow();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            rollups.refresh(tenants.require(tenant));
            return jdbc.sql("select count(*) from kpi_dirty").query(Long.class).single() == 0;
        });
    }

    private static OffsetDateTime at(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
