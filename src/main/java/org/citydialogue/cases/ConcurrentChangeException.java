package org.citydialogue.cases;

/** Someone else changed the case since it was opened; nothing was saved, so nothing is lost. */
public class ConcurrentChangeException extends RuntimeException {

    ConcurrentChangeException(String reference) {
        super("Case " + reference + " was changed by someone else");
    }
}
