package org.citydialogue.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.citydialogue.tenancy.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working-day calendars tenants name in their files: {@code sweden}, by rule, and {@code china},
 * from the State Council's yearly notices in {@code tenants/calendars/china-<year>.yaml}. Built once at
 * start-up, so a bad data file stops the app rather than a deadline going wrong later.
 */
@Service
public class BusinessCalendars {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendars.class);

    /** The tables cover these years; dates outside are still answered, only more slowly. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Map<String, WorkingDays> calendars;
    private final Set<Integer> reportedYears = ConcurrentHashMap.newKeySet();
    private final Path folder;

    /** @param tenantsDir the tenant files' folder; China's data files are in its {@code calendars} folder */
    public BusinessCalendars(@Value("${citydialogue.tenants.dir:tenants}") Path tenantsDir) {
        folder = tenantsDir.resolve("calendars");
        SortedMap<Integer, ChinaHolidayYear> notices = ChinaCalendarFiles.readFolder(folder);
        var china = new TabulatedWorkingDays("china", ChinaHolidayYear.rule(notices),
                new WorkingDays.Coverage(false, new TreeSet<>(notices.keySet())),
                Math.min(FIRST_YEAR, notices.isEmpty() ? FIRST_YEAR : notices.firstKey() - 1),
                Math.max(LAST_YEAR, notices.isEmpty() ? LAST_YEAR : notices.lastKey() + 1),
                this::reportMissingNotice);
        var sweden = new TabulatedWorkingDays("sweden", SwedishHolidays::isWorkingDay, WorkingDays.Coverage.byRule(),
                FIRST_YEAR, LAST_YEAR, year -> { });
        calendars = Map.of("sweden", sweden, "china", china);
        log.info("Working-day calendars: sweden by rule; china from {} notices in {}: {}",
                notices.size(), folder, notices.values().stream()
                        .map(year -> year.year() + " (" + year.source().number() + ")").toList());
        // Say at start-up, not only at the first deadline, when this year is being guessed.
        china.isWorkingDay(LocalDate.now());
    }

    /** The calendar named in the tenant's file. */
    public WorkingDays forTenant(Tenant tenant) {
        if (tenant.calendar() == null) {
            throw new IllegalArgumentException("Tenant " + tenant.id() + " names no calendar, so it has no working days");
        }
        return named(tenant.calendar());
    }

    /** {@code sweden} or {@code china}. */
    public WorkingDays named(String calendar) {
        WorkingDays workingDays = calendars.get(calendar);
        if (workingDays == null) {
            throw new IllegalArgumentException("No calendar '" + calendar + "'; there are " + calendars.keySet());
        }
        return workingDays;
    }

    /** Deadlines in a year without a notice are counted Monday to Friday, and said so, once a year. */
    private void reportMissingNotice(int year) {
        if (reportedYears.add(year)) {
            log.warn("No China holiday notice for {}: counting Monday to Friday as working days in {}, "
                    + "so deadlines there ignore its holidays and swapped weekends until {} is added",
                    year, year, folder.resolve("china-" + year + ".yaml"));
        }
    }
}
