package org.citydialogue.plans;

/**
 * A plan edit that was refused, with the message key that tells the user why in their language;
 * nothing was written.
 */
public class PlanEditException extends RuntimeException {

    private final String messageKey;

    public PlanEditException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Someone else saved the item since it was opened: nothing is overwritten; reload and redo. */
    public static PlanEditException concurrent() {
        return new PlanEditException("plans.error.concurrent");
    }

    static PlanEditException notMember() {
        return new PlanEditException("plans.error.not-member");
    }
}
