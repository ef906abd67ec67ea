package org.citydialogue.cases;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.citydialogue.i18n.Msg;
import org.citydialogue.tenancy.Department;
import org.citydialogue.tenancy.Tenant;

/** Checks one CSV row of historic cases against the tenant's own kinds, channels, categories and states. */
final class ImportRowCheck {

    // Dates a contact centre's case can carry, and PostgreSQL and the calendars can hold: java.time reads
    // years up to a billion, which would fail the whole COPY instead of naming the row.
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Codes kinds;
    private final Codes channels;
    private final Codes categories;
    private final Codes departments;
    private final Codes states;

    ImportRowCheck(CaseSettings settings, Tenant tenant) {
        kinds = new Codes(settings.kinds().stream().map(Choice::code).toList());
        channels = new Codes(settings.channels());
        categories = new Codes(settings.categories().stream().map(CaseSettings.Category::code).toList());
        departments = new Codes(tenant.departments().stream().map(Department::code).toList());
        states = new Codes(settings.lifecycle().states().stream().map(Lifecycle.State::code).toList());
    }

    /** A row's timestamps, parsed once: null where empty or wrong. */
    record Times(Instant received, Instant answered, Instant closed) {
    }

    /**
     * Adds the problems of a row (fields in {@link CaseImport#COLUMNS} order) to {@code problems}.
     *
     * @return when the case was received, answered and closed
     */
    Times check(long line, CsvRow row, List<ImportReport.Problem> problems) {
        known(line, "kind", row, 0, kinds, false, problems);
        known(line, "channel", row, 1, channels, false, problems);
        known(line, "category", row, 2, categories, false, problems);
        known(line, "department", row, 3, departments, true, problems);
        known(line, "status", row, 4, states, false, problems);
        if (row.length(5) > 4000 || row.isBlank(5)) {
            problems.add(problem(line, "description", Msg.key("import.error.description"), row.get(5)));
        }
        return new Times(instant(line, "received_at", row, 7, false, problems),
                instant(line, "answered_at", row, 8, true, problems),
                instant(line, "closed_at", row, 9, true, problems));
    }

    private static void known(long line, String field, CsvRow row, int index, Codes allowed, boolean optional,
            List<ImportReport.Problem> problems) {
        if (!(optional && row.isEmpty(index)) && !allowed.contain(row, index)) {
            problems.add(problem(line, field, Msg.key("import.error.unknown"), row.get(index)));
        }
    }

    private static Instant instant(long line, String field, CsvRow row, int index, boolean optional,
            List<ImportReport.Problem> problems) {
        if (optional && row.isEmpty(index)) {
            return null;
        }
        Instant at;
        try {
            at = OffsetTimestamps.parse(row.chars, row.start(index), row.end(index));
        } catch (DateTimeException e) {
            at = null;
        }
        if (at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            problems.add(problem(line, field, Msg.key("import.error.timestamp"), row.get(index)));
            return null;
        }
        return at;
    }

    private static ImportReport.Problem problem(long line, String field, String key, String value) {
        return new ImportReport.Problem(line, field, key, value.length() > 80 ? value.substring(0, 80) : value);
    }

    /** A tenant's codes of one kind, looked up by a field's characters without making a String of them. */
    private static final class Codes {
        private final char[][] table;

        Codes(Collection<String> codes) {
            table = new char[Integer.highestOneBit(Math.max(codes.size(), 1) * 4)][];
            for (String code : codes) {
                int slot = CsvRow.hash(code) & (table.length - 1);
                while (table[slot] != null) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = code.toCharArray();
            }
        }

        boolean contain(CsvRow row, int field) {
            for (int slot = row.hash(field) & (table.length - 1); table[slot] != null;
                    slot = (slot + 1) & (table.length - 1)) {
                if (row.is(field, table[slot])) {
                    return true;
                }
            }
            return false;
        }
    }
}
