package org.citydialogue.cases;

import java.util.List;

/**
 * The outcome of importing a file of historic cases: either every row was imported, or none was
 * and the problems say which line and field to fix.
 *
 * @param imported number of cases imported (0 when there are problems)
 * @param problems at most the first 100 problems, in file order
 */
public record ImportReport(int imported, List<Problem> problems) {

    /**
     * One bad value.
     *
     * @param line       the line in the file (the header is line 1)
     * @param field      the column, or {@code (row)} when the row itself cannot be read
     * @param messageKey i18n key of what is wrong
     * @param value      the offending value, as far as it can be shown
     */
    public record Problem(long line, String field, String messageKey, String value) {
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
