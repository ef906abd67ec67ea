package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a supervisor watches (督办): per department, how many open cases are unanswered past their
 * deadline and how many are due by the end of the working day, so a breach raises the case on the
 * supervisor's screen and a warning comes before it. The cases themselves are the queue's, with
 * its deadline filter.
 */
@Service
public class CaseSupervision {

    /**
     * One department's open cases.
     *
     * @param department the department's code; null for cases still with the contact centre
     */
    public record DepartmentLoad(String department, int open, int dueSoon, int breached) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Deadlines deadlines;
    private final TenantDirectory tenants;

    CaseSupervision(JdbcClient jdbc, Optional<Clock> clock, Deadlines deadlines, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        this.deadlines = deadlines;
        this.tenants = tenants;
    }

    /** Departments with open cases, most breaches first, then most due soon. */
    public List<DepartmentLoad> byDepartment() {
        Instant now = clock.instant();
        Instant soon = deadlines.dueSoonBefore(tenants.require(TenantContext.current().orElseThrow()), now);
        return jdbc.sql("""
                select department, count(*) as open,
                    count(*) filter (where answered_at is null and answer_due_at >= ? and answer_due_at < ?) as due_soon,
                    count(*) filter (where answered_at is null and answer_due_at < ?) as breached
                from resident_case where closed_at is null
                group by department order by breached desc, due_soon desc, department nulls first
                """).params(Timestamp.from(now), Timestamp.from(soon), Timestamp.from(now))
                .query((rs, n) -> new DepartmentLoad(rs.getString("department"), rs.getInt("open"),
                        rs.getInt("due_soon"), rs.getInt("breached"))).list();
    }
}
