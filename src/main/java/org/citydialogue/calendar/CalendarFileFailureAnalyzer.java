package org.citydialogue.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad calendar data file into one clear line at start-up instead of a stack trace. */
class CalendarFileFailureAnalyzer extends AbstractFailureAnalyzer<CalendarFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CalendarFileException cause) {
        return new FailureAnalysis("Bad calendar file: " + cause.getMessage(),
                "Correct the file in the tenants' calendars folder against the published notice and start again.",
                null);
    }
}
