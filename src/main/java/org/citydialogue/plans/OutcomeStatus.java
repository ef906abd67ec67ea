package org.citydialogue.plans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How an outcome is doing at a steering review. Derived from its indicators: each indicator's
 * progress from baseline to target is held against the share of the project's time that has
 * passed; the outcome takes its worst indicator's status. A steering group may override it with a
 * reason.
 */
public enum OutcomeStatus {
    ON_TRACK, AT_RISK, OFF_TRACK;

    /** Progress may lag the time passed by this much and still be on track. */
    static final double ON_TRACK_LAG = 0.10;
    /** Beyond this lag an indicator is off track. */
    static final double AT_RISK_LAG = 0.30;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutcomeStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public String nameKey() {
        return "plans.outcome." + code();
    }

    /**
     * The status {@code outcome}'s indicators give at {@code on}, for a project running from
     * {@code starts} to {@code ends}. An outcome none of whose indicators has a value is at risk:
     * a steering group cannot see it is on track.
     */
    public static OutcomeStatus derive(Outcome outcome, LocalDate starts, LocalDate ends, LocalDate on) {
        double expected = timePassed(starts, ends, on);
        OutcomeStatus worst = null;
        for (Indicator indicator : outcome.indicators()) {
            if (indicator.progress().isEmpty()) {
                continue;
            }
            OutcomeStatus status = of(indicator.progress().get(), expected);
            worst = worst == null || status.ordinal() > worst.ordinal() ? status : worst;
        }
        return worst == null ? AT_RISK : worst;
    }

    static OutcomeStatus of(double progress, double expected) {
        double lag = expected - progress;
        return lag <= ON_TRACK_LAG ? ON_TRACK : lag <= AT_RISK_LAG ? AT_RISK : OFF_TRACK;
    }

    static double timePassed(LocalDate starts, LocalDate ends, LocalDate on) {
        double share = (double) ChronoUnit.DAYS.between(starts, on) / ChronoUnit.DAYS.between(starts, ends);
        return Math.clamp(share, 0.0, 1.0);
    }
}
