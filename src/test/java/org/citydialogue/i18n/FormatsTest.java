package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale ZH = Locale.forLanguageTag("zh-Hans");

    // 18:30 on 1 January in Västerås (UTC+1), already 01:30 on 2 January in Jinan (UTC+8).
    private static final Instant EVENING_IN_SWEDEN = Instant.parse("2026-01-01T17:30:00Z");

    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void every_view_in_swedish_in_vasteras_shares_one_formats_and_jinan_has_its_own() {
        assertThat(Formats.of(SV, STOCKHOLM)).isSameAs(Formats.of(Locale.forLanguageTag("sv"), STOCKHOLM));
        assertThat(Formats.of(SV, SHANGHAI)).isNotSameAs(Formats.of(SV, STOCKHOLM));
        assertThat(Formats.of(ZH, SHANGHAI)).isNotSameAs(Formats.of(SV, SHANGHAI));
        assertThat(Formats.of(SV, SHANGHAI).date(EVENING_IN_SWEDEN)).isEqualTo("2 jan. 2026");
    }

    @Test
    void many_sessions_formatting_dates_at_once_each_get_their_own_dates() throws Exception {
        Formats shared = Formats.of(SV, STOCKHOLM);
        List<Instant> instants = IntStream.range(0, 2_000)
                .mapToObj(i -> EVENING_IN_SWEDEN.plus(Duration.ofMinutes(97L * i))).toList();
        List<String> alone = instants.stream().map(shared::dateTime).toList();
        try (ExecutorService sessions = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> together = IntStream.range(0, 8)
                    .mapToObj(s -> sessions.submit(() -> instants.stream().map(shared::dateTime).toList())).toList();
            for (Future<List<String>> session : together) {
                assertThat(session.get()).isEqualTo(alone);
            }
        }
    }

    @Test
    void shows_the_date_in_the_tenants_time_zone() {
        assertThat(Formats.of(Locale.ENGLISH, STOCKHOLM).date(EVENING_IN_SWEDEN)).isEqualTo("Jan 1, 2026");
        assertThat(Formats.of(Locale.ENGLISH, SHANGHAI).date(EVENING_IN_SWEDEN)).isEqualTo("Jan 2, 2026");
        assertThat(Formats.of(ZH, SHANGHAI).date(EVENING_IN_SWEDEN)).isEqualTo("2026年1月2日");
        assertThat(Formats.of(SV, STOCKHOLM).date(EVENING_IN_SWEDEN)).isEqualTo("1 jan. 2026");
    }

    @Test
    void shows_date_and_time_in_the_tenants_time_zone() {
        assertThat(spaces(Formats.of(SV, STOCKHOLM).dateTime(EVENING_IN_SWEDEN))).contains("18:30");
        assertThat(spaces(Formats.of(ZH, SHANGHAI).dateTime(EVENING_IN_SWEDEN)))
                .contains("2026年1月2日").contains("01:30");
    }

    @Test
    void follows_summer_time() {
        Instant midsummerNoonUtc = Instant.parse("2026-06-19T12:00:00Z");
        assertThat(Formats.of(SV, STOCKHOLM).dateTime(midsummerNoonUtc)).contains("14:00");
    }

    @Test
    void shows_a_plain_date_without_shifting_it() {
        LocalDate deadline = LocalDate.of(2026, 1, 2);
        assertThat(Formats.of(ZH, SHANGHAI).date(deadline)).isEqualTo("2026年1月2日");
        assertThat(Formats.of(Locale.ENGLISH, ZoneId.of("America/Los_Angeles")).date(deadline))
                .isEqualTo("Jan 2, 2026");
    }

    @Test
    void accepts_a_fixed_offset_zone() {
        assertThat(Formats.of(Locale.ENGLISH, ZoneOffset.ofHours(8)).date(EVENING_IN_SWEDEN)).isEqualTo("Jan 2, 2026");
        assertThat(Formats.of(Locale.ENGLISH, ZoneOffset.UTC).date(EVENING_IN_SWEDEN)).isEqualTo("Jan 1, 2026");
    }

    @Test
    void groups_digits_the_local_way() {
        assertThat(spaces(Formats.of(SV, STOCKHOLM).number(155_000))).isEqualTo("155 000");
        assertThat(Formats.of(Locale.ENGLISH, STOCKHOLM).number(155_000)).isEqualTo("155,000");
        assertThat(Formats.of(ZH, SHANGHAI).number(9_000_000)).isEqualTo("9,000,000");
    }

    @Test
    void shows_money_with_the_local_currency_style() {
        assertThat(spaces(Formats.of(SV, STOCKHOLM).money(new BigDecimal("275000"), "SEK")))
                .isEqualTo("275 000,00 kr");
        assertThat(Formats.of(ZH, SHANGHAI).money(new BigDecimal("2400000"), Currency.getInstance("CNY")))
                .isEqualTo("¥2,400,000.00");
        assertThat(spaces(Formats.of(Locale.ENGLISH, STOCKHOLM).money(new BigDecimal("2.4E6"), "SEK")))
                .isEqualTo("SEK 2,400,000.00");
    }

    @Test
    void shows_a_ratio_as_percent() {
        assertThat(spaces(Formats.of(SV, STOCKHOLM).percent(0.953))).isEqualTo("95,3 %");
        assertThat(Formats.of(Locale.ENGLISH, STOCKHOLM).percent(0.95)).isEqualTo("95%");
        assertThat(Formats.of(ZH, SHANGHAI).percent(0.35)).isEqualTo("35%");
    }

    @Test
    void refuses_a_zone_icu_does_not_know() {
        assertThat(Formats.of(SV, STOCKHOLM).zone()).isEqualTo(STOCKHOLM);
        assertThatThrownBy(() -> Formats.of(SV, ZoneId.of("Etc/Unknown")))
                .isInstanceOf(Exception.class);
    }

    @Test
    void lists_items_as_each_language_does() {
        List<String> items = List.of("A", "B", "C");
        assertThat(Formats.of(Locale.ENGLISH, STOCKHOLM).list(items)).isEqualTo("A, B, and C");
        assertThat(Formats.of(Locale.forLanguageTag("sv"), STOCKHOLM).list(items)).isEqualTo("A, B och C");
        assertThat(Formats.of(Locale.forLanguageTag("zh-Hans"), SHANGHAI).list(items)).isEqualTo("A、B和C");
        assertThat(Formats.of(Locale.forLanguageTag("sv"), STOCKHOLM).list(List.of("A"))).isEqualTo("A");
    }
}
