package org.citydialogue.cases;

/** Writes values in PostgreSQL COPY text format: empty is NULL, and tabs, line breaks, backslashes escaped. */
final class CopyText {

    private CopyText() {
    }

    static void field(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
