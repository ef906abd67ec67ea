package org.citydialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.citydialogue.bench.BenchmarkFigures;
import org.citydialogue.tenancy.Tenant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many deadlines a second the calendar computes (the product aims at a million), next to a naive
 * day-by-day loop computing the same deadlines in the same run. Prints figures; asserts only that
 * every method gives the same deadlines. Run with:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=DeadlineBenchmark}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "groups", matches = ".*benchmark.*",
        disabledReason = "a benchmark; run with -Dgroups=benchmark -DexcludedGroups= -Dtest=DeadlineBenchmark")
class DeadlineBenchmark {

    private static final int INPUTS = 1 << 16;
    private static final int WARM_UPS = 3;
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int ROUNDS = 5;
    private static final long ROUND_NANOS = 2_000_000_000L;

    private interface Method {
        Instant due(Instant received, int workingDays);
    }

    @Test
    void deadlinesPerSecond() {
        var notices = ChinaCalendarFiles.readFolder(Path.of("tenants/calendars"));
        System.out.printf("%nDeadline computations per second: %d random receipts 2024-2026, 1-10 working days; "
                + "%d x %.0f s after %d x %.0f s warm-up (JDK %s, %d CPUs)%n", INPUTS, ROUNDS, ROUND_NANOS / 1e9,
                WARM_UPS, WARM_UP_NANOS / 1e9, Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-8s %-44s %14s %14s %14s%n", "city", "method", "median/s", "min/s", "max/s");
        run(Cities.VASTERAS, SwedishHolidays::isWorkingDay);
        run(Cities.JINAN, ChinaHolidayYear.rule(notices));
    }

    private void run(Tenant city, Predicate<LocalDate> rule) {
        ZoneId zone = city.zone();
        WorkingDays days = Cities.CALENDARS.forTenant(city);
        SplittableRandom random = new SplittableRandom(42);
        long first = LocalDate.of(2024, 1, 1).atStartOfDay(zone).toEpochSecond();
        long last = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toEpochSecond();
        Instant[] received = new Instant[INPUTS];
        int[] workingDays = new int[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            received[i] = Instant.ofEpochSecond(random.nextLong(first, last));
            workingDays[i] = random.nextInt(1, 11);
        }
        Method table = (at, n) -> Cities.DEADLINES.due(city, at, n);
        Method naiveLookup = (at, n) -> Deadlines.endOf(walk(days::isWorkingDay, LocalDate.ofInstant(at, zone), n), zone);
        Method naiveRule = (at, n) -> Deadlines.endOf(walk(rule, LocalDate.ofInstant(at, zone), n), zone);

        Instant[] expected = all(table, received, workingDays);
        assertThat(all(naiveLookup, received, workingDays)).isEqualTo(expected);
        assertThat(all(naiveRule, received, workingDays)).isEqualTo(expected);

        double ours = report(city, "Deadlines.due (prefix-sum table)", table, received, workingDays);
        report(city, "naive loop, isWorkingDay from the table", naiveLookup, received, workingDays);
        double naive = report(city, "naive loop, isWorkingDay by rule, no table", naiveRule, received, workingDays);
        BenchmarkFigures.record("3", "deadline computations/s, " + city.id(), ours, "/s",
                "naive day loop by rule", naive, "≥ 1,000,000/s", ours >= 1_000_000,
                INPUTS + " random receipts 2024-2026, 1-10 working days, median of " + ROUNDS + " rounds");
    }

    /** The reference: {@code while n > 0: day = day + 1; if working(day): n = n - 1}. */
    private static LocalDate walk(Predicate<LocalDate> working, LocalDate day, int n) {
        while (n > 0) {
            day = day.plusDays(1);
            if (working.test(day)) {
                n--;
            }
        }
        return day;
    }

    private static Instant[] all(Method method, Instant[] received, int[] workingDays) {
        Instant[] due = new Instant[received.length];
        Arrays.setAll(due, i -> method.due(received[i], workingDays[i]));
        return due;
    }

    private static double report(Tenant city, String name, Method method, Instant[] received, int[] workingDays) {
        for (int i = 0; i < WARM_UPS; i++) {
            perSecond(method, received, workingDays, WARM_UP_NANOS);
        }
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rates[i] = perSecond(method, received, workingDays, ROUND_NANOS);
        }
        Arrays.sort(rates);
        System.out.printf("%-8s %-44s %,14.0f %,14.0f %,14.0f%n", city.id(), name, rates[ROUNDS / 2], rates[0],
                rates[ROUNDS - 1]);
        return rates[ROUNDS / 2];
    }

    /** Computes deadlines for about {@code nanos}; the sum of results keeps the JIT from dropping the work. */
    private static double perSecond(Method method, Instant[] received, int[] workingDays, long nanos) {
        long sink = 0;
        long count = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 1024; i++) {
                int k = (int) (count++ & (INPUTS - 1));
                sink += method.due(received[k], workingDays[k]).getEpochSecond();
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        if (sink == 42) {
            System.out.print("");
        }
        return count / (elapsed / 1e9);
    }

}
