package org.citydialogue.cases;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.citydialogue.i18n.Msg;
import org.citydialogue.tenancy.Department;
import org.citydialogue.tenancy.Tenant;

/** Checks one CSV row of historic cases against the tenant's own kinds, channels, categories and states. */
final class ImportRowCheck {

    private final Set<String> kinds;
    private final Set<String> channels;
    private final Set<String> categories;
    private final Set<String> departments;
    private final Set<String> states;

    ImportRowCheck(CaseSettings settings, Tenant tenant) {
        kinds = settings.kinds().stream().map(Choice::code).collect(Collectors.toSet());
        channels = Set.copyOf(settings.channels());
        categories = settings.categories().stream().map(CaseSettings.Category::code).collect(Collectors.toSet());
        departments = tenant.departments().stream().map(Department::code).collect(Collectors.toSet());
        states = settings.lifecycle().states().stream().map(Lifecycle.State::code).collect(Collectors.toSet());
    }

    /** A row's timestamps, parsed once: null where empty or wrong. */
    record Times(Instant received, Instant answered, Instant closed) {
    }

    /**
     * Adds the problems of a row (fields in {@link CaseImport#COLUMNS} order) to {@code problems}.
     *
     * @return when the case was received, answered and closed
     */
    Times check(long line, List<String> row, List<ImportReport.Problem> problems) {
        known(line, "kind", row.get(0), kinds, false, problems);
        known(line, "channel", row.get(1), channels, false, problems);
        known(line, "category", row.get(2), categories, false, problems);
        known(line, "department", row.get(3), departments, true, problems);
        known(line, "status", row.get(4), states, false, problems);
        String description = row.get(5);
        if (description.isBlank() || description.length() > 4000) {
            problems.add(problem(line, "description", Msg.key("import.error.description"), description));
        }
        return new Times(instant(line, "received_at", row.get(7), false, problems),
                instant(line, "answered_at", row.get(8), true, problems),
                instant(line, "closed_at", row.get(9), true, problems));
    }

    /** A timestamp with an offset, or null when empty and optional. */
    static Instant parse(String value) {
        return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
    }

    private static void known(long line, String field, String value, Set<String> allowed, boolean optional,
            List<ImportReport.Problem> problems) {
        if (!(optional && value.isEmpty()) && !allowed.contains(value)) {
            problems.add(problem(line, field, Msg.key("import.error.unknown"), value));
        }
    }

    private static Instant instant(long line, String field, String value, boolean optional,
            List<ImportReport.Problem> problems) {
        if (optional && value.isEmpty()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeException e) {
            problems.add(problem(line, field, Msg.key("import.error.timestamp"), value));
            return null;
        }
    }

    private static ImportReport.Problem problem(long line, String field, String key, String value) {
        return new ImportReport.Problem(line, field, key, value.length() > 80 ? value.substring(0, 80) : value);
    }
}
