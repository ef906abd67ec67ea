package org.citydialogue.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Jinan counts in the working days the State Council publishes each year: holidays off, and the
 * weekend days swapped into working days (调休上班) on.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChinaWorkingDaysTest {

    private final WorkingDays china = Cities.CALENDARS.named("china");

    @Test
    void theSpringFestival2026WorksTheSwappedSaturdaysAndRestsNineDays() {
        assertThat(china.isWorkingDay(parse("2026-02-14"))).as("Sat 14 Feb, 调休上班").isTrue();
        for (LocalDate day = parse("2026-02-15"); !day.isAfter(parse("2026-02-23")); day = day.plusDays(1)) {
            assertThat(china.isWorkingDay(day)).as("春节 %s", day).isFalse();
        }
        assertThat(china.isWorkingDay(parse("2026-02-28"))).as("Sat 28 Feb, 调休上班").isTrue();
        assertThat(china.plus(parse("2026-02-13"), 5)).isEqualTo(parse("2026-02-27"));
    }

    @Test
    void in2024TheSwappedSundaysAreWorkingDays() {
        assertThat(china.plus(parse("2024-02-02"), 1)).as("Sun 4 Feb works").isEqualTo(parse("2024-02-04"));
        assertThat(china.plus(parse("2024-02-09"), 5)).as("春节 10–17 off, Sun 18 Feb is day 1").isEqualTo(parse("2024-02-22"));
        assertThat(china.plus(parse("2024-04-26"), 5)).as("Sun 28 Apr works, 1–5 May off").isEqualTo(parse("2024-05-07"));
        assertThat(china.isWorkingDay(parse("2024-04-07"))).isTrue();
        assertThat(china.isWorkingDay(parse("2024-05-11"))).isTrue();
        assertThat(china.isWorkingDay(parse("2024-09-29"))).isTrue();
        assertThat(china.isWorkingDay(parse("2024-06-10"))).as("端午节").isFalse();
        assertThat(china.isWorkingDay(parse("2024-09-16"))).as("中秋节").isFalse();
        assertThat(china.isWorkingDay(parse("2024-02-09"))).as("除夕 2024 is officially a working day").isTrue();
    }

    @Test
    void in2025TheSwappedSundaysAreWorkingDays() {
        assertThat(china.plus(parse("2025-01-24"), 5)).as("Sun 26 Jan works, 28 Jan–4 Feb off").isEqualTo(parse("2025-02-07"));
        assertThat(china.plus(parse("2025-01-24"), 6)).as("and so does Sat 8 Feb").isEqualTo(parse("2025-02-08"));
        assertThat(china.plus(parse("2025-09-26"), 5)).as("Sun 28 Sep works, 1–8 Oct off").isEqualTo(parse("2025-10-10"));
        assertThat(china.isWorkingDay(parse("2025-04-27"))).isTrue();
        assertThat(china.isWorkingDay(parse("2025-10-11"))).isTrue();
        assertThat(china.isWorkingDay(parse("2025-06-02"))).as("端午节").isFalse();
    }

    @Test
    void aYearWithTheThreeNoticesCountsThe2026Total() {
        // 2026: 261 weekdays, 19 of them holidays, 6 weekend days worked.
        assertThat(china.between(parse("2025-12-31"), parse("2026-12-31"))).isEqualTo(261 - 19 + 6);
        assertThat(china.coverage().dataYears()).containsExactly(2024, 2025, 2026);
        assertThat(china.hasDataFor(2026)).isTrue();
    }

    @Test
    void aYearWithoutANoticeFallsBackToMondayToFridayAndSaysSoOnce(CapturedOutput output) {
        WorkingDays china = new BusinessCalendars(Path.of("tenants")).named("china"); // its own warnings
        assertThat(china.hasDataFor(2027)).isFalse();
        assertThat(china.hasDataFor(2023)).isFalse();
        assertThat(china.coverage()).hasToString("data for [2024, 2025, 2026], Monday to Friday otherwise");
        // 2027's Spring Festival is not known yet: its days count as ordinary weekdays.
        assertThat(china.plus(parse("2027-02-05"), 1)).isEqualTo(parse("2027-02-08"));
        assertThat(china.plus(parse("2026-12-31"), 2)).as("even 1 January counts").isEqualTo(parse("2027-01-04"));
        assertThat(china.isWorkingDay(parse("2027-10-01"))).isTrue();

        assertThat(output.getAll().lines().filter(line -> line.contains("No China holiday notice for 2027")))
                .as("one warning for the year, however often it is used").hasSize(1)
                .first().asString().contains("WARN", "china-2027.yaml");
    }

    @Test
    void withNoCalendarsFolderEveryYearIsMondayToFriday(@TempDir Path tenants) {
        WorkingDays bare = new BusinessCalendars(tenants).named("china");

        assertThat(bare.coverage().dataYears()).isEmpty();
        assertThat(bare.hasDataFor(2026)).isFalse();
        assertThat(bare.plus(parse("2026-02-13"), 5)).isEqualTo(parse("2026-02-20"));
    }

    @Test
    void theDataFilesKeepTheirNoticeForAnyoneToCheck() {
        var notices = ChinaCalendarFiles.readFolder(Path.of("tenants/calendars"));

        assertThat(notices.get(2024).source()).isEqualTo(new ChinaHolidayYear.Notice(
                "国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号", parse("2023-10-25")));
        assertThat(notices.get(2025).source().number()).isEqualTo("国办发明电〔2024〕12号");
        assertThat(notices.get(2026).source().number()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(notices.get(2026).holidays()).extracting(h -> h.name().get("zh-Hans"))
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(notices.get(2024).workingWeekends()).hasSize(8);
        assertThat(notices.get(2025).workingWeekends()).hasSize(5);
        assertThat(notices.get(2026).workingWeekends()).hasSize(6);
    }
}
