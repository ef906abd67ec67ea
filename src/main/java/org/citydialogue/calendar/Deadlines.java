package org.citydialogue.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.citydialogue.tenancy.Tenant;
import org.springframework.stereotype.Service;

/**
 * Deadlines counted in a tenant's working days, in the tenant's time zone: what a case is due by
 * when the city promises an answer "within N working days". Which N applies (Västerås 2; Jinan 5,
 * extended by up to 10; a misrouted order returned within 2) is the case module's business: an
 * extension is {@code due(tenant, currentDue, extraDays)}.
 */
@Service
public class Deadlines {

    /**
     * A deadline is the last microsecond of its day: PostgreSQL keeps microseconds, so it survives
     * storage unchanged (a last nanosecond would round up into the next day), and it shows as that
     * day at 23:59 in the tenant's zone.
     */
    private static final Duration LAST_MOMENT = Duration.ofNanos(1_000);

    private final BusinessCalendars calendars;

    public Deadlines(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * The end of the {@code workingDays}-th working day after the day of receipt. The day of receipt
     * never counts: received on a working day, counting starts the next working day; received on a
     * weekend or holiday, the first working day after it is day 1.
     *
     * @param workingDays 0 or more; 0 is the end of the day of receipt
     */
    public Instant due(Tenant tenant, Instant received, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A deadline cannot be " + workingDays + " working days after receipt");
        }
        ZoneId zone = tenant.zone();
        LocalDate day = calendars.forTenant(tenant).plus(LocalDate.ofInstant(received, zone), workingDays);
        return endOf(day, zone);
    }

    /**
     * Working days left after today up to the deadline's day: 0 on the last working day, negative
     * once working days have passed since the deadline.
     */
    public int remaining(Tenant tenant, Instant now, Instant due) {
        ZoneId zone = tenant.zone();
        return calendars.forTenant(tenant).between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(due, zone));
    }

    public DeadlineState state(Tenant tenant, Instant now, Instant due) {
        if (now.isAfter(due)) {
            return DeadlineState.BREACHED;
        }
        return remaining(tenant, now, due) <= 0 ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
    }

    /**
     * The start of the next working day after {@code now}'s day: an unanswered case due before it
     * and not yet past its deadline is {@link DeadlineState#DUE_SOON}, as {@link #state} says — the
     * same boundary, for a database query over many cases.
     */
    public Instant dueSoonBefore(Tenant tenant, Instant now) {
        ZoneId zone = tenant.zone();
        return calendars.forTenant(tenant).plus(LocalDate.ofInstant(now, zone), 1).atStartOfDay(zone).toInstant();
    }

    /** The working days of the tenant's calendar, e.g. to show whether a year is covered by data. */
    public WorkingDays workingDays(Tenant tenant) {
        return calendars.forTenant(tenant);
    }

    static Instant endOf(LocalDate day, ZoneId zone) {
        // The next day's start, not 24 hours after this one's: days around a DST change are 23 or 25 hours.
        return day.plusDays(1).atStartOfDay(zone).toInstant().minus(LAST_MOMENT);
    }
}
