package org.citydialogue.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a plan whole, as the bound tenant: row-level security leaves nothing to read for a tenant
 * that is not a member of the partnership, so a non-member gets no plan, not an empty one.
 */
@Component
class PlanReads {

    private final SharedStore store;

    PlanReads(SharedStore store) {
        this.store = store;
    }

    Optional<Plan> plan(String partnershipId) {
        JdbcTemplate jdbc = store.jdbc();
        List<Plan> found = jdbc.query("select * from plan where partnership_id = ?",
                (row, n) -> new Plan(partnershipId, TextColumns.read(row, "overall_goal"),
                        TextColumns.read(row, "project_goal"), row.getObject("starts_on", java.time.LocalDate.class),
                        row.getObject("ends_on", java.time.LocalDate.class), row.getBigDecimal("cny_per_sek"),
                        row.getInt("version"), outcomes(jdbc, partnershipId), activities(jdbc, partnershipId),
                        budget(jdbc, partnershipId), risks(jdbc, partnershipId), documents(jdbc, partnershipId)),
                partnershipId);
        return found.stream().findFirst();
    }

    private static List<Outcome> outcomes(JdbcTemplate jdbc, String partnershipId) {
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        jdbc.query("select * from indicator where partnership_id = ? order by id", row -> {
            String kpi = row.getString("kpi_code");
            Indicator indicator = new Indicator(row.getLong("id"), row.getLong("outcome_id"),
                    TextColumns.read(row, "title"), row.getString("unit"), row.getBigDecimal("baseline"),
                    row.getBigDecimal("target"), row.getBigDecimal("current_value"),
                    kpi == null ? null : new Indicator.KpiBinding(kpi, row.getString("kpi_tenant")),
                    row.getInt("version"));
            indicators.computeIfAbsent(indicator.outcomeId(), id -> new ArrayList<>()).add(indicator);
        }, partnershipId);
        return jdbc.query("select * from outcome where partnership_id = ? order by position, id",
                (row, n) -> new Outcome(row.getLong("id"), TextColumns.read(row, "title"),
                        indicators.getOrDefault(row.getLong("id"), List.of()), row.getInt("version")),
                partnershipId);
    }

    private static List<Activity> activities(JdbcTemplate jdbc, String partnershipId) {
        Map<Long, List<Long>> dependsOn = new HashMap<>();
        jdbc.query("select activity_id, depends_on from activity_dependency where partnership_id = ?"
                + " order by depends_on", row -> {
                    dependsOn.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
                }, partnershipId);
        return jdbc.query("select * from activity where partnership_id = ? order by starts_on, id",
                (row, n) -> new Activity(row.getLong("id"), row.getBoolean("milestone"), TextColumns.read(row, "title"),
                        TextColumns.read(row, "description"), owner(row), row.getObject("starts_on",
                                java.time.LocalDate.class), row.getObject("ends_on", java.time.LocalDate.class),
                        ActivityStatus.fromCode(row.getString("status")),
                        dependsOn.getOrDefault(row.getLong("id"), List.of()), row.getInt("version")),
                partnershipId);
    }

    private static List<BudgetLine> budget(JdbcTemplate jdbc, String partnershipId) {
        return jdbc.query("select * from budget_line where partnership_id = ? order by id",
                (row, n) -> new BudgetLine(row.getLong("id"), TextColumns.read(row, "title"), row.getString("tenant_id"),
                        row.getString("currency"), row.getBigDecimal("planned"), row.getBigDecimal("spent"),
                        BudgetLine.Funding.valueOf(row.getString("funding").toUpperCase(java.util.Locale.ROOT)),
                        row.getInt("version")),
                partnershipId);
    }

    private static List<Risk> risks(JdbcTemplate jdbc, String partnershipId) {
        return jdbc.query("select * from risk where partnership_id = ? order by likelihood * impact desc, id",
                (row, n) -> new Risk(row.getLong("id"), TextColumns.read(row, "title"), row.getInt("likelihood"),
                        row.getInt("impact"), TextColumns.read(row, "mitigation"), owner(row), row.getInt("version")),
                partnershipId);
    }

    private static List<DocumentLink> documents(JdbcTemplate jdbc, String partnershipId) {
        return jdbc.query("select * from document_link where partnership_id = ? order by added_at, id",
                (row, n) -> new DocumentLink(row.getLong("id"), TextColumns.read(row, "title"), row.getString("url"),
                        row.getString("added_by")),
                partnershipId);
    }

    static Participant owner(ResultSet row) throws SQLException {
        return new Participant(row.getString("owner_tenant"), row.getString("owner_subject"),
                row.getString("owner_name"));
    }
}
