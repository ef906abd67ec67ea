package org.citydialogue.benchmarks;

import org.citydialogue.i18n.Msg;

/** A publication or import that cannot be done as asked; the message key says why, for the user. */
public class BenchmarkInputException extends RuntimeException {

    private final String messageKey;

    BenchmarkInputException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
