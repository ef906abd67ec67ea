package org.citydialogue.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Working days looked up in a table built once from a day rule, so that counting N working days
 * is two array reads instead of a walk day by day: deadlines are computed for every case on every
 * list, and the product aims at a million a second. Outside the table the rule is walked.
 */
final class TabulatedWorkingDays implements WorkingDays {

    private final String calendar;
    private final Predicate<LocalDate> rule;
    private final Coverage coverage;
    /** Years the calendar has no data for, by year number; empty for a rule-based calendar. */
    private final BitSet uncovered = new BitSet();
    private final IntConsumer onUncoveredYear;

    private final long firstDay;
    private final int length;
    /** {@code before[i]}: working days in the table before day i; length + 1 entries. */
    private final int[] before;
    /** {@code workingDay[k]}: the table index of the k-th working day (from 0). */
    private final int[] workingDay;

    /**
     * @param onUncoveredYear told each time an answer rests on a year that {@code coverage} does not
     *                        cover, so that the product never pretends silently
     */
    TabulatedWorkingDays(String calendar, Predicate<LocalDate> rule, Coverage coverage,
            int firstYear, int lastYear, IntConsumer onUncoveredYear) {
        this.calendar = calendar;
        this.rule = rule;
        this.coverage = coverage;
        this.onUncoveredYear = onUncoveredYear;
        if (!coverage.rule()) {
            uncovered.set(0, 10_000);
            coverage.dataYears().forEach(year -> uncovered.clear(year));
        }
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        firstDay = first.toEpochDay();
        length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstDay);
        before = new int[length + 1];
        int[] working = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            before[i] = count;
            if (rule.test(first.plusDays(i))) {
                working[count++] = i;
            }
        }
        before[length] = count;
        workingDay = Arrays.copyOf(working, count);
    }

    @Override
    public String calendar() {
        return calendar;
    }

    @Override
    public Coverage coverage() {
        return coverage;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        watch(day.getYear(), day.getYear());
        return working(day.toEpochDay());
    }

    @Override
    public LocalDate plus(LocalDate from, int workingDays) {
        LocalDate result = tabulatedPlus(from, workingDays);
        if (result == null) {
            result = walk(from, workingDays);
        }
        watch(from.getYear(), result.getYear());
        return result;
    }

    @Override
    public int between(LocalDate a, LocalDate b) {
        watch(Math.min(a.getYear(), b.getYear()), Math.max(a.getYear(), b.getYear()));
        long from = a.toEpochDay();
        long to = b.toEpochDay();
        return from <= to ? count(from, to) : -count(to, from);
    }

    /** The answer from the table, or null when it lies outside. */
    private LocalDate tabulatedPlus(LocalDate from, int workingDays) {
        if (workingDays == 0) {
            return from;
        }
        long index = from.toEpochDay() - firstDay;
        if (index < 0 || index >= length) {
            return null;
        }
        // Working days after day i have ordinals from before[i + 1]; those before it end at before[i] - 1.
        long ordinal = workingDays > 0 ? before[(int) index + 1] + (long) workingDays - 1
                : before[(int) index] + (long) workingDays;
        return ordinal < 0 || ordinal >= workingDay.length ? null
                : LocalDate.ofEpochDay(firstDay + workingDay[(int) ordinal]);
    }

    private LocalDate walk(LocalDate from, int workingDays) {
        int step = Integer.signum(workingDays);
        long day = from.toEpochDay();
        for (int left = Math.abs(workingDays); left > 0; ) {
            day += step;
            if (working(day)) {
                left--;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    /** Working days in (from, to], from ≤ to: the table's part by subtraction, the rest walked. */
    private int count(long from, long to) {
        long last = firstDay + length - 1;
        int total = 0;
        for (long day = from + 1; day <= Math.min(to, firstDay - 1); day++) {
            total += working(day) ? 1 : 0;
        }
        long start = Math.max(from, firstDay - 1);
        long end = Math.min(to, last);
        if (start < end) {
            total += before[(int) (end - firstDay) + 1] - before[(int) (start - firstDay) + 1];
        }
        for (long day = Math.max(from, last) + 1; day <= to; day++) {
            total += working(day) ? 1 : 0;
        }
        return total;
    }

    private boolean working(long epochDay) {
        long index = epochDay - firstDay;
        return index >= 0 && index < length ? before[(int) index + 1] != before[(int) index]
                : rule.test(LocalDate.ofEpochDay(epochDay));
    }

    /** Reports each year from {@code first} to {@code last} that the answer rests on without data. */
    private void watch(int first, int last) {
        if (coverage.rule()) {
            return;
        }
        for (int year = first; year <= last; year++) {
            if (year < 0 || year >= 10_000 || uncovered.get(year)) {
                onUncoveredYear.accept(year);
            }
        }
    }

    @Override
    public String toString() {
        return calendar + " working days (" + coverage + ")";
    }
}
