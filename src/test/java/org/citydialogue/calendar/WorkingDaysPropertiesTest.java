package org.citydialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast tables agree with the plain rule walked day by day, for many random dates and counts,
 * including dates across the tables' edges (2000 and 2100) where the answer is walked.
 */
class WorkingDaysPropertiesTest {

    private static final long SEED = 20260213L; // fixed, so a failure can be replayed
    private static final int SAMPLES = 20_000;
    private static final long FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2110, 12, 31).toEpochDay();

    /** Each calendar's table, built as {@link BusinessCalendars} builds it, next to its plain rule. */
    static Stream<Arguments> calendars() {
        Predicate<LocalDate> sweden = SwedishHolidays::isWorkingDay;
        var notices = ChinaCalendarFiles.readFolder(Path.of("tenants/calendars"));
        Predicate<LocalDate> china = ChinaHolidayYear.rule(notices);
        return Stream.of(
                Arguments.of(table("sweden", sweden, WorkingDays.Coverage.byRule()), sweden),
                // No warnings here: the years without a notice are the point of another test.
                Arguments.of(table("china", china, new WorkingDays.Coverage(false, new TreeSet<>(notices.keySet()))), china));
    }

    private static WorkingDays table(String name, Predicate<LocalDate> rule, WorkingDays.Coverage coverage) {
        return new TabulatedWorkingDays(name, rule, coverage, BusinessCalendars.FIRST_YEAR, BusinessCalendars.LAST_YEAR,
                year -> { });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void everyDayOfTheTableAndBeyondAgreesWithTheRule(WorkingDays days, Predicate<LocalDate> rule) {
        for (long day = FIRST; day <= LAST; day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(days.isWorkingDay(date)).as("%s", date).isEqualTo(rule.test(date));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void plusLandsOnAWorkingDayThatBetweenCountsBackAndTheRuleConfirms(WorkingDays days, Predicate<LocalDate> rule) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate from = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
            int n = random.nextInt(1, 41);
            LocalDate due = days.plus(from, n);
            String what = from + " + " + n + " = " + due;

            assertThat(days.isWorkingDay(due)).as(what).isTrue();
            assertThat(days.between(from, due)).as(what).isEqualTo(n);
            assertThat(due).as(what).isEqualTo(walk(rule, from, n));
            assertThat(days.between(due, from)).as("backwards " + what).isEqualTo(-n);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void goingBackAndForthReturnsToTheFirstWorkingDayOnOrAfterTheStart(WorkingDays days, Predicate<LocalDate> rule) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
            int n = random.nextInt(1, 41);
            LocalDate back = days.plus(day, -n);

            assertThat(days.isWorkingDay(back)).as("%s - %d", day, n).isTrue();
            assertThat(days.plus(back, n)).as("%s - %d + %d", day, n, n)
                    .isEqualTo(rule.test(day) ? day : days.plus(day, 1));
            assertThat(days.plus(day, 0)).isEqualTo(day);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void betweenCountsWhatTheRuleCountsDayByDay(WorkingDays days, Predicate<LocalDate> rule) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < SAMPLES; i++) {
            LocalDate a = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
            LocalDate b = a.plusDays(random.nextInt(0, 800));
            int expected = 0;
            for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
                expected += rule.test(day) ? 1 : 0;
            }
            assertThat(days.between(a, b)).as("(%s, %s]", a, b).isEqualTo(expected);
            assertThat(days.between(b, a)).as("(%s, %s]", b, a).isEqualTo(-expected);
        }
    }

    /** The naive reference: step a day at a time and count the working ones. */
    static LocalDate walk(Predicate<LocalDate> rule, LocalDate from, int n) {
        LocalDate day = from;
        while (n > 0) {
            day = day.plusDays(1);
            if (rule.test(day)) {
                n--;
            }
        }
        return day;
    }
}
