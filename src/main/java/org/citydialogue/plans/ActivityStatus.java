package org.citydialogue.plans;

import java.util.Locale;

/** Where an activity or milestone stands; stored lower-case. */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, DONE, DELAYED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Message key of the status's name. */
    public String nameKey() {
        return "plans.status." + code();
    }
}
