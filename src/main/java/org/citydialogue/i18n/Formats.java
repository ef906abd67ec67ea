package org.citydialogue.i18n;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.number.Scale;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;

/**
 * ICU4J formatting of dates, numbers and money for one language and one time zone. Take the one of
 * the user's locale and the tenant's zone ({@link #of}): every instant is shown in that zone, never
 * the server's. Immutable and thread-safe, so shared.
 */
public final class Formats {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /** Bounded all the same: a locale may come from a browser. */
    private static final Cache<Key, Formats> SHARED = Caffeine.newBuilder().maximumSize(1_000).build();

    private record Key(Locale locale, ZoneId zone) {
    }

    private final Locale locale;
    private final ZoneId zoneId;
    private final ULocale uLocale;
    private final TimeZone zone;
    private final LocalizedNumberFormatter numbers;
    private final DateFormat datePrototype;
    private final DateFormat dateTimePrototype;

    private Formats(Locale locale, ZoneId zoneId) {
        this.locale = locale;
        this.zoneId = zoneId;
        this.uLocale = ULocale.forLocale(locale);
        this.zone = icuZone(zoneId);
        this.numbers = NumberFormatter.withLocale(locale);
        this.datePrototype = DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale);
        this.dateTimePrototype = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, uLocale);
    }

    /**
     * The formats of a language and a zone, shared: every view of every session asks for one of a
     * few (languages × tenants' zones), and each holds its own copy of ICU's zone rules.
     */
    public static Formats of(Locale locale, ZoneId zoneId) {
        return SHARED.get(new Key(locale, zoneId), key -> new Formats(key.locale, key.zone));
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zoneId;
    }

    /** The calendar date of {@code instant} in the zone, medium length ("2 Jan 2026"). */
    public String date(Instant instant) {
        return format(datePrototype, zone, instant);
    }

    /** Date and time of {@code instant} in the zone, medium date and short time. */
    public String dateTime(Instant instant) {
        return format(dateTimePrototype, zone, instant);
    }

    /** A date that has no time (a deadline day): shown as is, without any zone shift. */
    public String date(LocalDate date) {
        Instant midnightUtc = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        return format(datePrototype, UTC, midnightUtc);
    }

    public String number(Number number) {
        return numbers.format(number).toString();
    }

    /** An amount in a currency given by its ISO 4217 code, e.g. {@code "SEK"}, {@code "CNY"}. */
    public String money(BigDecimal amount, String currencyCode) {
        return numbers.unit(Currency.getInstance(currencyCode)).format(amount).toString();
    }

    public String money(BigDecimal amount, java.util.Currency currency) {
        return money(amount, currency.getCurrencyCode());
    }

    /** A ratio as a percentage: {@code 0.953} is "95.3%" (at most one decimal). */
    public String percent(double ratio) {
        return numbers.unit(MeasureUnit.PERCENT)
                .scale(Scale.powerOfTen(2))
                .precision(Precision.maxFraction(1))
                .format(ratio)
                .toString();
    }

    /** Items joined as the language lists them: "A, B, and C", "A, B och C", "A、B和C". */
    public String list(Collection<String> items) {
        return ListFormatter.getInstance(uLocale).format(items);
    }

    // DateFormat is not thread-safe, so a copy per call: a clone costs a fraction of a new instance
    // (a grid page formats a hundred dates); the prototype itself is never changed.
    private static String format(DateFormat prototype, TimeZone zone, Instant instant) {
        DateFormat format = (DateFormat) prototype.clone();
        format.setTimeZone(zone);
        return format.format(Date.from(instant));
    }

    /** ICU zone for a java.time zone; fails instead of silently using GMT for an unknown id. */
    private static TimeZone icuZone(ZoneId zoneId) {
        String id = zoneId.normalized() instanceof ZoneOffset offset
                ? (offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId())
                : zoneId.getId();
        TimeZone zone = TimeZone.getTimeZone(id);
        if (TimeZone.UNKNOWN_ZONE_ID.equals(zone.getID())) {
            throw new IllegalArgumentException("ICU does not know the time zone " + zoneId);
        }
        return zone.freeze();
    }
}
