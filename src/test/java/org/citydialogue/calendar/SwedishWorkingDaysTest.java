package org.citydialogue.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.EasterHoliday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Västerås counts in Swedish working days: weekends, public holidays and the eves are off. */
class SwedishWorkingDaysTest {

    private final WorkingDays sweden = Cities.CALENDARS.named("sweden");

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2000, 2000-04-23", "2019, 2019-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterFallsOnTheKnownDates(int year, LocalDate easter) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void easterAgreesWithIcu4jForFourCenturies() {
        ZoneId zone = ZoneId.systemDefault(); // ICU's holiday rules count in the default zone
        for (int year = 1700; year <= 2300; year++) {
            Date newYear = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
            LocalDate icu = LocalDate.ofInstant(EasterHoliday.EASTER_SUNDAY.firstAfter(newYear).toInstant(), zone);
            assertThat(SwedishHolidays.easterSunday(year)).as("Easter %d", year).isEqualTo(icu);
        }
    }

    @Test
    void everyDayOff2025IsOffAndNoOtherWeekday() {
        var off2025 = java.util.Set.of(parse("2025-01-01"), parse("2025-01-06"), // nyårsdagen, trettondedag jul
                parse("2025-04-18"), parse("2025-04-21"), // långfredagen, annandag påsk
                parse("2025-05-01"), parse("2025-05-29"), // första maj, Kristi himmelsfärd (Easter + 39)
                parse("2025-06-06"), parse("2025-06-20"), // nationaldagen, midsommarafton
                parse("2025-12-24"), parse("2025-12-25"), parse("2025-12-26"), parse("2025-12-31"));
        for (LocalDate day = parse("2025-01-01"); day.getYear() == 2025; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            assertThat(sweden.isWorkingDay(day)).as(day.toString()).isEqualTo(!weekend && !off2025.contains(day));
        }
        assertThat(sweden.between(parse("2024-12-31"), parse("2025-12-31"))).isEqualTo(261 - 12); // 261 weekdays, 12 of them off
    }

    @Test
    void midsummerEve2026IsFriday19JuneSoAComplaintOnThursdayIsDueTuesday() {
        assertThat(sweden.isWorkingDay(parse("2026-06-18"))).isTrue();
        assertThat(sweden.isWorkingDay(parse("2026-06-19"))).as("midsommarafton").isFalse();
        assertThat(sweden.plus(parse("2026-06-18"), 2)).isEqualTo(parse("2026-06-23"));
        // Midsummer Eve is always the Friday between 19 and 25 June.
        assertThat(sweden.isWorkingDay(parse("2025-06-20"))).isFalse();
        assertThat(sweden.isWorkingDay(parse("2025-06-19"))).isTrue();
        assertThat(sweden.isWorkingDay(parse("2027-06-25"))).isFalse();
    }

    @Test
    void christmasAndNewYearTakeAWeekOutOfTheTwoDayPromise() {
        assertThat(sweden.plus(parse("2025-12-23"), 2)).as("24, 25, 26 off; weekend").isEqualTo(parse("2025-12-30"));
        assertThat(sweden.plus(parse("2025-12-30"), 2)).as("31 Dec and 1 Jan off; 2 Jan works").isEqualTo(parse("2026-01-05"));
        assertThat(sweden.plus(parse("2026-01-05"), 1)).as("Epiphany, 6 Jan, is off").isEqualTo(parse("2026-01-07"));
    }

    @Test
    void beforeNationalDayBecameAHolidayIn2005WhitMondayWasOff() {
        assertThat(sweden.isWorkingDay(parse("2003-06-09"))).as("annandag pingst 2003").isFalse();
        assertThat(sweden.isWorkingDay(parse("2003-06-06"))).as("6 June 2003 was a working Friday").isTrue();
        assertThat(sweden.isWorkingDay(parse("2025-06-09"))).as("Whit Monday 2025 is a working day").isTrue();
    }

    @Test
    void theRuleCoversEveryYear() {
        assertThat(sweden.hasDataFor(1990)).isTrue();
        assertThat(sweden.hasDataFor(2150)).isTrue();
        assertThat(sweden.coverage().rule()).isTrue();
        assertThat(sweden.plus(parse("2150-12-23"), 2)).as("beyond the table, by the rule").isEqualTo(parse("2150-12-29"));
    }
}
