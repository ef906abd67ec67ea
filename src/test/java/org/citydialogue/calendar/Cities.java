package org.citydialogue.calendar;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citydialogue.tenancy.IdentitySettings;
import org.citydialogue.tenancy.StoreSettings;
import org.citydialogue.tenancy.Tenant;

/** The partner cities as the calendar sees them (zone and calendar), and the real calendars folder. */
final class Cities {

    /** Built once from the real {@code tenants/calendars}; the tables take a few milliseconds. */
    static final BusinessCalendars CALENDARS = new BusinessCalendars(Path.of("tenants"));
    static final Deadlines DEADLINES = new Deadlines(CALENDARS);

    static final Tenant VASTERAS = city("vasteras", "Europe/Stockholm", "sweden");
    static final Tenant JINAN = city("jinan", "Asia/Shanghai", "china");
    static final Tenant ICLD = new Tenant("icld", Tenant.Kind.ORGANISATION, Map.of("en", "ICLD"), Locale.ENGLISH,
            ZoneId.of("Europe/Stockholm"), Currency.getInstance("SEK"), 0, "SE", null, List.of(),
            new IdentitySettings(IdentitySettings.BUILT_IN, null, null, null, "roles"),
            new StoreSettings("tenant_icld", "cd_t_icld", null, null, null), Map.of());

    private Cities() {
    }

    static Tenant city(String id, String zone, String calendar) {
        return new Tenant(id, Tenant.Kind.CITY, Map.of("en", id), Locale.ENGLISH, ZoneId.of(zone),
                Currency.getInstance("SEK"), 1000, "SE", calendar, List.of(),
                new IdentitySettings(IdentitySettings.BUILT_IN, null, null, null, "roles"),
                new StoreSettings("tenant_" + id, "cd_t_" + id, null, null, null), Map.of());
    }
}
