package org.citydialogue.benchmarks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a tenant's monthly rollups ({@code kpi_rollup}, {@code kpi_answer_time}) up to date inside the
 * tenant's own store. Triggers mark the received_at ranges whose cases or timelines changed
 * ({@code kpi_dirty}); {@link #refresh(Tenant)} computes exactly those months again.
 */
@Service
class KpiRollups {

    private final JdbcClient jdbc;
    private final WorkingDayTable workingDays;

    KpiRollups(JdbcClient jdbc, WorkingDayTable workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /**
     * Computes the months marked dirty again, in one transaction; another node refreshing the same
     * tenant at the same moment makes this one skip.
     *
     * @return the months computed
     */
    @Transactional
    public List<YearMonth> refresh(Tenant tenant) {
        if (!tenant.id().equals(TenantContext.current().orElse(null))) {
            throw new IllegalStateException("Rollups of " + tenant.id() + " refreshed while working as "
                    + TenantContext.current().orElse(null));
        }
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('kpi_rollup'))").query(Boolean.class)
                .single();
        if (!locked) {
            return List.of();
        }
        ZoneId zone = tenant.zone();
        TreeSet<YearMonth> months = new TreeSet<>();
        jdbc.sql("delete from kpi_dirty returning from_at, to_at").query((rs, n) -> {
            YearMonth from = YearMonth.from(rs.getTimestamp(1).toInstant().atZone(zone));
            YearMonth to = YearMonth.from(rs.getTimestamp(2).toInstant().atZone(zone));
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
            return null;
        }).list();
        if (months.isEmpty()) {
            return List.of();
        }
        workingDays.cover(tenant, months.first().atDay(1), LocalDate.now(zone).plusYears(1));
        for (List<YearMonth> run : runs(months)) {
            compute(zone, run.getFirst(), run.getLast().plusMonths(1));
        }
        return List.copyOf(months);
    }

    /** The stored rollup rows of the bound tenant from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public List<RollupRow> rows(YearMonth from, YearMonth to) {
        Date fromMonth = Date.valueOf(from.atDay(1));
        Date untilMonth = Date.valueOf(to.plusMonths(1).atDay(1));
        Map<String, RollupRow> rows = new LinkedHashMap<>();
        jdbc.sql("select * from kpi_rollup where month >= ? and month < ? order by month, category, channel")
                .params(fromMonth, untilMonth).query((rs, n) -> {
                    RollupCell cell = new RollupCell();
                    for (String measure : RollupCell.MEASURES) {
                        cell.set(measure, rs.getLong(measure));
                    }
                    RollupRow row = new RollupRow(YearMonth.from(rs.getDate("month").toLocalDate()),
                            rs.getString("category"), rs.getString("channel"), cell);
                    return rows.put(key(row.month(), row.category(), row.channel()), row);
                }).list();
        jdbc.sql("select * from kpi_answer_time where month >= ? and month < ?").params(fromMonth, untilMonth)
                .query((rs, n) -> {
                    RollupRow row = rows.get(key(YearMonth.from(rs.getDate("month").toLocalDate()),
                            rs.getString("category"), rs.getString("channel")));
                    if (row != null) {
                        row.cell().addAnswerHours(rs.getInt("bucket"), rs.getLong("cases"));
                    }
                    return null;
                }).list();
        return List.copyOf(rows.values());
    }

    private static String key(YearMonth month, String category, String channel) {
        return month + "\u0000" + category + "\u0000" + channel;
    }

    /** Months next to each other are computed in one statement. */
    private static List<List<YearMonth>> runs(TreeSet<YearMonth> months) {
        List<List<YearMonth>> runs = new ArrayList<>();
        for (YearMonth month : months) {
            if (runs.isEmpty() || !runs.getLast().getLast().plusMonths(1).equals(month)) {
                runs.add(new ArrayList<>());
            }
            runs.getLast().add(month);
        }
        return runs;
    }

    private void compute(ZoneId zone, YearMonth from, YearMonth until) {
        Date fromMonth = Date.valueOf(from.atDay(1));
        Date untilMonth = Date.valueOf(until.atDay(1));
        Timestamp fromAt = Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp untilAt = Timestamp.from(until.atDay(1).atStartOfDay(zone).toInstant());
        jdbc.sql("delete from kpi_rollup where month >= ? and month < ?").params(fromMonth, untilMonth).update();
        jdbc.sql("delete from kpi_answer_time where month >= ? and month < ?").params(fromMonth, untilMonth).update();
        String cases = """
                with c as (
                    select date_trunc('month', c.received_at at time zone :zone)::date as month,
                        c.category, c.channel, c.received_at, c.answered_at, c.answer_due_at, c.closed_at,
                        c.department, c.satisfaction, c.satisfaction_scale,
                        a.ordinal - r.ordinal as answer_working_days,
                        coalesce(e.reopened, false) as reopened, coalesce(e.urged, false) as urged
                    from resident_case c
                    left join kpi_working_day r on r.day = (c.received_at at time zone :zone)::date
                    left join kpi_working_day a on a.day = (c.answered_at at time zone :zone)::date
                    left join (select case_id, bool_or(action = 'reopen') as reopened,
                                   bool_or(action in ('urge', 'supervise')) as urged
                               from case_event where action in ('reopen', 'urge', 'supervise')
                               group by case_id) e on e.case_id = c.id
                    where c.received_at >= :fromAt and c.received_at < :untilAt
                )
                """;
        jdbc.sql(cases + """
                insert into kpi_rollup
                select month, category, channel, count(*), count(answered_at),
                    count(*) filter (where answered_at <= answer_due_at),
                    count(*) filter (where answer_working_days <= 1),
                    count(*) filter (where answer_working_days <= 2),
                    count(closed_at),
                    count(*) filter (where closed_at <= answer_due_at),
                    count(department),
                    count(*) filter (where department is null and answer_working_days = 0),
                    count(*) filter (where reopened),
                    count(*) filter (where urged),
                    count(*) filter (where satisfaction_scale = 'skr5'),
                    coalesce(sum((satisfaction - 1) * 25) filter (where satisfaction_scale = 'skr5'), 0),
                    count(satisfaction),
                    count(*) filter (where (satisfaction_scale = 'skr5' and satisfaction >= 4)
                                        or (satisfaction_scale = 'cn3' and satisfaction >= 2))
                from c group by month, category, channel
                """).param("zone", zone.getId()).param("fromAt", fromAt).param("untilAt", untilAt).update();
        jdbc.sql(cases + """
                insert into kpi_answer_time
                select month, category, channel,
                    width_bucket(extract(epoch from answered_at - received_at) / 3600, cast(:bounds as float8[])), count(*)
                from c where answered_at is not null
                group by 1, 2, 3, 4
                """).param("zone", zone.getId()).param("fromAt", fromAt).param("untilAt", untilAt)
                .param("bounds", bounds()).update();
    }

    /** width_bucket's lower bounds: bucket b (0-based in RollupCell) holds hours below HOUR_BUCKETS[b]. */
    private static String bounds() {
        StringBuilder sql = new StringBuilder("{");
        for (double bound : RollupCell.HOUR_BUCKETS) {
            sql.append(sql.length() > 1 ? "," : "").append(bound);
        }
        return sql.append('}').toString();
    }
}
