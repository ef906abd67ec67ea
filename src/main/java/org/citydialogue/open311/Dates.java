package org.citydialogue.open311;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.citydialogue.tenancy.Tenant;

/** GeoReport v2 dates: ISO 8601 with the offset of the tenant's time zone at that moment, to the second. */
final class Dates {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private Dates() {
    }

    static String format(Instant instant, Tenant tenant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                        .atZone(tenant.zone()).toOffsetDateTime());
    }

    /**
     * A date a client sends: with an offset ({@code 2026-11-20T08:00:00+01:00}, {@code …Z}), or a day
     * ({@code 2026-11-20}), taken as the start of that day in the tenant's zone.
     */
    static Instant parse(String value, String parameter, Tenant tenant) {
        try {
            Instant instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(tenant.zone()).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw Open311Exception.badRequest(parameter + " must be between the years 1900 and 9999");
            }
            return instant;
        } catch (DateTimeException e) {
            throw Open311Exception.badRequest(parameter + " must be an ISO 8601 date-time with an offset, e.g. "
                    + "2026-11-20T08:00:00+01:00");
        }
    }
}
