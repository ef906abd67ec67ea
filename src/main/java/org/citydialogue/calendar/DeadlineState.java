package org.citydialogue.calendar;

/** Where a case stands against its deadline, for lists, colours and reminders. */
public enum DeadlineState {
    /** At least one working day is left after today. */
    ON_TRACK,
    /** Today is the last working day before the deadline (or the deadline's own day). */
    DUE_SOON,
    /** The deadline has passed. */
    BREACHED
}
