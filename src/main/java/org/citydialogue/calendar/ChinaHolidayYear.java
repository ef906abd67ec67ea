package org.citydialogue.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One year of mainland China's public holidays as the State Council's notice sets them, with the
 * weekend days it turns into working days (调休上班) to join holidays into longer breaks.
 */
record ChinaHolidayYear(int year, Notice source, List<Holiday> holidays, Set<LocalDate> workingWeekends) {

    /** The notice the year's data is copied from, so that anyone can check it. */
    record Notice(String title, String number, LocalDate date) {
    }

    /** Consecutive days off, e.g. 春节 from 15 to 23 February. */
    record Holiday(Map<String, String> name, LocalDate from, LocalDate to) {

        boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        @Override
        public String toString() {
            return name.get("zh-Hans") + " (" + name.get("en") + ")";
        }
    }

    ChinaHolidayYear {
        holidays = List.copyOf(holidays);
        workingWeekends = Set.copyOf(workingWeekends);
    }

    /** Whether the day is a working day, given that it lies in this year. */
    boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        for (Holiday holiday : holidays) {
            if (holiday.includes(day)) {
                return false;
            }
        }
        return MONDAY_TO_FRIDAY.test(day);
    }

    static final Predicate<LocalDate> MONDAY_TO_FRIDAY =
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;

    /** Working days by the notices where there is one for the year, Monday to Friday elsewhere. */
    static Predicate<LocalDate> rule(Map<Integer, ChinaHolidayYear> years) {
        return day -> {
            ChinaHolidayYear year = years.get(day.getYear());
            return year == null ? MONDAY_TO_FRIDAY.test(day) : year.isWorkingDay(day);
        };
    }
}
