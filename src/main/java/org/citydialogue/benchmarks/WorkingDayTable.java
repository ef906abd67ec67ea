package org.citydialogue.benchmarks;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citydialogue.calendar.BusinessCalendars;
import org.citydialogue.calendar.WorkingDays;
import org.citydialogue.tenancy.Tenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's working days as a table the rollup query can join ({@code kpi_working_day}): each day
 * with the count of working days up to and including it, so "answered within N working days" is a
 * subtraction in SQL, counted in the city's own calendar (Chinese 调休 included).
 */
@Component
class WorkingDayTable {

    private final JdbcClient jdbc;
    private final BusinessCalendars calendars;

    WorkingDayTable(JdbcClient jdbc, BusinessCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** Makes the table cover {@code from} to {@code to}; rebuilt whole when it does not yet. */
    void cover(Tenant tenant, LocalDate from, LocalDate to) {
        var range = jdbc.sql("select min(day), max(day) from kpi_working_day")
                .query((rs, n) -> new LocalDate[] {toLocal(rs.getDate(1)), toLocal(rs.getDate(2))}).single();
        if (range[0] != null && !range[0].isAfter(from) && !range[1].isBefore(to)) {
            return;
        }
        LocalDate start = range[0] == null || from.isBefore(range[0]) ? from : range[0];
        LocalDate end = range[1] == null || to.isAfter(range[1]) ? to : range[1];
        WorkingDays days = calendars.forTenant(tenant);
        List<String> dayColumn = new ArrayList<>();
        List<Integer> ordinalColumn = new ArrayList<>();
        int ordinal = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            ordinal += days.isWorkingDay(day) ? 1 : 0;
            dayColumn.add(day.toString());
            ordinalColumn.add(ordinal);
        }
        jdbc.sql("delete from kpi_working_day").update();
        jdbc.sql("insert into kpi_working_day select * from unnest(cast(? as date[]), cast(? as integer[]))")
                .params(dayColumn.toArray(String[]::new), ordinalColumn.toArray(Integer[]::new)).update();
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
