package org.citydialogue.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days a tenant's offices work, and counting in such days. Deadlines to residents are
 * promised in working days, so this is what every case deadline is computed with.
 */
public interface WorkingDays {

    /** The calendar's name as tenant files give it: {@code sweden} or {@code china}. */
    String calendar();

    boolean isWorkingDay(LocalDate day);

    /**
     * The {@code workingDays}-th working day after {@code from} ({@code from} itself never counts,
     * working day or not); a negative count goes back in time; 0 gives {@code from}.
     */
    LocalDate plus(LocalDate from, int workingDays);

    /** The working days after {@code a} up to and including {@code b}; negative if {@code b} is before {@code a}. */
    int between(LocalDate a, LocalDate b);

    /** What the calendar knows. */
    Coverage coverage();

    /**
     * Whether the year's working days are known (by rule, or from a published notice) rather than
     * guessed as Monday to Friday.
     */
    default boolean hasDataFor(int year) {
        return coverage().covers(year);
    }

    /**
     * What a calendar's answers rest on: a rule that holds for every year (Sweden), or notices
     * published year by year (China), outside of which it counts Monday to Friday.
     *
     * @param dataYears the years with a published notice; empty for a rule
     */
    record Coverage(boolean rule, SortedSet<Integer> dataYears) {

        public Coverage {
            dataYears = Collections.unmodifiableSortedSet(new TreeSet<>(dataYears));
        }

        static Coverage byRule() {
            return new Coverage(true, new TreeSet<>());
        }

        public boolean covers(int year) {
            return rule || dataYears.contains(year);
        }

        @Override
        public String toString() {
            return rule ? "every year, by rule"
                    : dataYears.isEmpty() ? "no year (Monday to Friday throughout)"
                    : "data for " + dataYears + ", Monday to Friday otherwise";
        }
    }
}
