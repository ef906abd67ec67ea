package org.citydialogue.tenancy;

/** A tenant file that cannot be used; the message is one line naming file, field and problem. */
public final class TenantFileException extends RuntimeException {

    TenantFileException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
