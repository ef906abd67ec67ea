package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import's timestamp reader accepts and refuses exactly what {@code OffsetDateTime.parse} does,
 * and gives the same instant: checked here on chosen texts and on every one-character change of a
 * few real ones; {@link OffsetTimestampsFuzzTest} tries more.
 */
class OffsetTimestampsTest {

    private static final List<String> CHOSEN = List.of(
            "2025-03-02T09:15:00+01:00", "2025-03-02T09:15+01:00", "2025-03-02T09:15:00Z", "2025-03-02t09:15:00z",
            "2025-03-02T09:15:00.5+01:00", "2025-03-02T09:15:00.123456789-05:30", "2025-03-02T09:15:00.1234567891Z",
            "2025-03-02T09:15:00.+01:00", "2025-03-02T09:15:00,5+01:00", "2025-03-02T09:15:00+01",
            "2025-03-02T09:15:00+0100", "2025-03-02T09:15:00+01:00:30", "2025-03-02T09:15:00+01:0",
            "2025-03-02T09:15:00+18:00", "2025-03-02T09:15:00-18:00", "2025-03-02T09:15:00+18:00:01",
            "2025-03-02T09:15:00+19:00", "2025-03-02T09:15:00+24:00", "2025-03-02T09:15:00-00:00",
            "2024-02-29T23:59:59+08:00", "2025-02-29T12:00:00+08:00", "2000-02-29T00:00Z", "1900-02-29T00:00Z",
            "2025-04-31T00:00Z", "2025-12-31T24:00:00Z", "2025-12-31T23:60:00Z", "2025-12-31T23:59:60Z",
            "2025-00-10T10:00Z", "2025-13-10T10:00Z", "2025-01-00T10:00Z", "0000-01-01T00:00Z", "9999-12-31T23:59:59Z",
            "+10000-01-01T00:00Z", "+2025-01-01T00:00Z", "-2025-01-01T00:00Z", "-0000-01-01T00:00Z",
            "+999999999-12-31T23:59:59.999999999-18:00", "+1000000000-01-01T00:00Z", "-999999999-01-01T00:00+18:00",
            "2025-1-01T00:00Z", "2025-01-01 10:00Z", "2025-01-01T10:00", "2025-01-01T10Z", "2025-01-01T10:00:0Z",
            "2025-01-01T10:00Z ", " 2025-01-01T10:00Z", "2025-01-01T10:00Zx", "2025-01-01", "", "den femte maj",
            "２０２５-01-01T10:00Z", "2025-01-01T10:00+01:00[Europe/Stockholm]", "2025-01-01T10:00:00+01:00:00");

    @Test
    void chosen_texts_are_read_as_java_time_reads_them() {
        for (String text : CHOSEN) {
            assertSameAsJavaTime(text);
        }
    }

    @Test
    void every_one_character_change_of_real_timestamps_is_read_as_java_time_reads_it() {
        for (String real : List.of("2025-03-02T09:15:00+01:00", "2024-02-29T23:59:59.123Z",
                "2025-10-26T02:30-05:30")) {
            for (int at = 0; at <= real.length(); at++) {
                for (char c = 0; c < 0x250; c++) {
                    assertSameAsJavaTime(real.substring(0, at) + c + real.substring(Math.min(at + 1, real.length())));
                    assertSameAsJavaTime(real.substring(0, at) + c + real.substring(at));
                }
                assertSameAsJavaTime(real.substring(0, at) + real.substring(Math.min(at + 1, real.length())));
            }
        }
    }

    /** Same instant, or both refuse with a DateTimeException; read from the middle of a row's characters. */
    static void assertSameAsJavaTime(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException refused) {
            expected = null;
        }
        Instant actual;
        try {
            actual = OffsetTimestamps.parse(("9" + text + "9").toCharArray(), 1, text.length() + 1);
        } catch (DateTimeException refused) {
            actual = null;
        }
        assertThat(actual).as(text).isEqualTo(expected);
    }
}
