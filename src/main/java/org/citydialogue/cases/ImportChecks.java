package org.citydialogue.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citydialogue.i18n.Msg;
import org.citydialogue.tenancy.Department;
import org.citydialogue.tenancy.Tenant;

/**
 * Finds the problems of staged import rows in one SQL pass, each with its line and field, so a
 * person can fix the file; values are checked against the tenant's own kinds, channels,
 * categories, departments and lifecycle states.
 */
final class ImportChecks {

    private static final int MAX_PROBLEMS = 100;

    /** One check: the field it is about, the message, and the SQL condition that makes a row bad. */
    private record Check(String field, String messageKey, String badWhen) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("kind", Msg.key("import.error.unknown"), "coalesce(kind, '') <> all(?)"),
            new Check("channel", Msg.key("import.error.unknown"), "coalesce(channel, '') <> all(?)"),
            new Check("category", Msg.key("import.error.unknown"), "coalesce(category, '') <> all(?)"),
            new Check("department", Msg.key("import.error.unknown"),
                    "coalesce(department, '') <> '' and department <> all(?)"),
            new Check("status", Msg.key("import.error.unknown"), "coalesce(status, '') <> all(?)"),
            new Check("description", Msg.key("import.error.description"),
                    "coalesce(btrim(description), '') = '' or length(description) > 4000"),
            new Check("received_at", Msg.key("import.error.timestamp"),
                    "received_at is null or not pg_input_is_valid(received_at, 'timestamptz')"),
            new Check("answered_at", Msg.key("import.error.timestamp"),
                    "coalesce(answered_at, '') <> '' and not pg_input_is_valid(answered_at, 'timestamptz')"),
            new Check("closed_at", Msg.key("import.error.timestamp"),
                    "coalesce(closed_at, '') <> '' and not pg_input_is_valid(closed_at, 'timestamptz')"));

    List<ImportReport.Problem> find(Connection connection, CaseSettings settings, Tenant tenant) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Check check : CHECKS) {
            sql.append(sql.isEmpty() ? "" : " union all ")
                    .append("select line, '").append(check.field()).append("', '").append(check.messageKey())
                    .append("', left(").append(check.field()).append(", 80) from import_row where ")
                    .append(check.badWhen());
        }
        sql.append(" order by 1, 2 limit ").append(MAX_PROBLEMS);
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int i = 1;
            query.setArray(i++, array(connection, settings.kinds().stream().map(Choice::code).toList()));
            query.setArray(i++, array(connection, settings.channels()));
            query.setArray(i++, array(connection, settings.categories().stream().map(CaseSettings.Category::code)
                    .toList()));
            query.setArray(i++, array(connection, tenant.departments().stream().map(Department::code).toList()));
            query.setArray(i, array(connection, settings.lifecycle().states().stream().map(Lifecycle.State::code)
                    .toList()));
            List<ImportReport.Problem> problems = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    // The header is line 1 of the file, so staged row n is line n + 1.
                    problems.add(new ImportReport.Problem(rows.getLong(1) + 1, rows.getString(2), rows.getString(3),
                            rows.getString(4) == null ? "" : rows.getString(4)));
                }
            }
            return problems;
        }
    }

    /** First and last day of receipt in the tenant's zone, or null for an empty file. */
    static LocalDate[] receivedSpan(Connection connection, String zone) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select min((received_at::timestamptz at time zone ?)::date),
                       max((received_at::timestamptz at time zone ?)::date) from import_row""")) {
            query.setString(1, zone);
            query.setString(2, zone);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getDate(1) == null ? null
                        : new LocalDate[] {rows.getDate(1).toLocalDate(), rows.getDate(2).toLocalDate()};
            }
        }
    }

    private static java.sql.Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
