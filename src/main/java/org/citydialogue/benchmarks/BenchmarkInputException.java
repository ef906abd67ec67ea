package org.citydialogue.benchmarks;

import java.util.Map;

/** A publication or import that cannot be done as asked; the message key says why, for the user. */
public class BenchmarkInputException extends RuntimeException {

    private final String messageKey;
    private final Map<String, Object> arguments;

    BenchmarkInputException(String messageKey) {
        this(messageKey, Map.of());
    }

    BenchmarkInputException(String messageKey, Map<String, Object> arguments) {
        super(messageKey + " " + arguments);
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, e.g. the line of a file and the value found there. */
    public Map<String, Object> arguments() {
        return arguments;
    }
}
