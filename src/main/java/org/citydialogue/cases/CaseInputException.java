package org.citydialogue.cases;

/**
 * Input the case module refuses, naming the field and an i18n key for the message, so the screen
 * can say what is wrong in the staff member's language and keep everything else they typed.
 */
public class CaseInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CaseInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
