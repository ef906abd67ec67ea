package org.citydialogue.calendar;

/** A calendar data file that cannot be used; the message is one line naming file, field and problem. */
public final class CalendarFileException extends RuntimeException {

    CalendarFileException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
