package org.citydialogue.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days Swedish municipal offices do not work: weekends, the public holidays (helgdagar) that
 * can fall on a weekday, and the eves. Midsummer, Christmas and New Year's Eve are not public
 * holidays in law, but offices are closed on them like on one, and residents expect no answer.
 * Midsummer Day, All Saints' Day, Easter Sunday and Whitsun always fall on a weekend.
 */
final class SwedishHolidays {

    /** National Day became a public holiday in 2005, replacing Whit Monday. */
    private static final int NATIONAL_DAY_SINCE = 2005;

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(Month.JANUARY, 1),    // nyårsdagen
            MonthDay.of(Month.JANUARY, 6),    // trettondedag jul
            MonthDay.of(Month.MAY, 1),        // första maj
            MonthDay.of(Month.DECEMBER, 24),  // julafton
            MonthDay.of(Month.DECEMBER, 25),  // juldagen
            MonthDay.of(Month.DECEMBER, 26),  // annandag jul
            MonthDay.of(Month.DECEMBER, 31)); // nyårsafton

    private SwedishHolidays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Whether a day is a public holiday or eve on which offices close (whatever the weekday). */
    static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        int year = day.getYear();
        if (year >= NATIONAL_DAY_SINCE ? day.getMonth() == Month.JUNE && day.getDayOfMonth() == 6
                : day.equals(easterSunday(year).plusDays(50))) { // annandag pingst until 2004
            return true;
        }
        if (isMidsummerEve(day)) {
            return true;
        }
        long fromEaster = day.toEpochDay() - easterSunday(year).toEpochDay();
        return fromEaster == -2     // långfredagen
                || fromEaster == 1  // annandag påsk
                || fromEaster == 39; // Kristi himmelsfärds dag
    }

    /** Midsummer Eve is the Friday between 19 and 25 June. */
    static boolean isMidsummerEve(LocalDate day) {
        return day.getMonth() == Month.JUNE && day.getDayOfMonth() >= 19 && day.getDayOfMonth() <= 25
                && day.getDayOfWeek() == DayOfWeek.FRIDAY;
    }

    /**
     * Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher),
     * valid for every year from 1583. Tested against ICU4J's {@code EasterHoliday} and known dates.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
