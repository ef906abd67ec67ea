package org.citydialogue.tenancy;

import java.util.regex.Pattern;

/** Guards identifiers and literals that must be spliced into DDL, where no bind parameters exist. */
final class SqlNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SqlNames() {
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe SQL identifier: " + name);
        }
        return name;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
