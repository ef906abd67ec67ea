package org.citydialogue.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts of plan items, as the bound tenant; the callers check membership and input first. */
final class PlanWrites {

    private PlanWrites() {
    }

    static void insertPlan(JdbcTemplate jdbc, String partnershipId, LocalizedText overallGoal, LocalizedText projectGoal,
            LocalDate startsOn, LocalDate endsOn, BigDecimal cnyPerSek, String by) {
        jdbc.update("""
                insert into plan (partnership_id, overall_goal, project_goal, starts_on, ends_on, cny_per_sek, updated_by)
                values (?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                """, partnershipId, TextColumns.json(overallGoal), TextColumns.json(projectGoal), startsOn, endsOn,
                cnyPerSek, by);
    }

    static long insertOutcome(JdbcTemplate jdbc, String partnershipId, int position, LocalizedText title) {
        return jdbc.queryForObject("insert into outcome (partnership_id, position, title) values (?, ?, ?::jsonb)"
                + " returning id", Long.class, partnershipId, position, TextColumns.json(title));
    }

    static long insertIndicator(JdbcTemplate jdbc, String partnershipId, long outcomeId, LocalizedText title,
            String unit, BigDecimal baseline, BigDecimal target, @Nullable BigDecimal current,
            Indicator.@Nullable KpiBinding kpi) {
        return jdbc.queryForObject("""
                insert into indicator (partnership_id, outcome_id, title, unit, baseline, target, current_value,
                    kpi_code, kpi_tenant)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, partnershipId, outcomeId, TextColumns.json(title), unit, baseline, target, current,
                kpi == null ? null : kpi.code(), kpi == null ? null : kpi.tenantId());
    }

    static long insertActivity(JdbcTemplate jdbc, String partnershipId, NewActivity activity, Participant owner,
            String by) {
        long id = jdbc.queryForObject("""
                insert into activity (partnership_id, milestone, title, description, owner_tenant, owner_subject,
                    owner_name, starts_on, ends_on, status, updated_by)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, partnershipId, activity.milestone(), TextColumns.json(activity.title()),
                TextColumns.json(activity.description()), owner.tenantId(), owner.subject(), owner.name(),
                activity.startsOn(), activity.endsOn(), activity.status().code(), by);
        for (long dependsOn : activity.dependsOn()) {
            jdbc.update("insert into activity_dependency (activity_id, depends_on, partnership_id) values (?, ?, ?)",
                    id, dependsOn, partnershipId);
        }
        return id;
    }

    static long insertBudgetLine(JdbcTemplate jdbc, String partnershipId, LocalizedText title, String tenantId,
            String currency, BigDecimal planned, BigDecimal spent, BudgetLine.Funding funding) {
        return jdbc.queryForObject("""
                insert into budget_line (partnership_id, title, tenant_id, currency, planned, spent, funding)
                values (?, ?::jsonb, ?, ?, ?, ?, ?) returning id
                """, Long.class, partnershipId, TextColumns.json(title), tenantId, currency, planned, spent, funding.code());
    }

    static long insertRisk(JdbcTemplate jdbc, String partnershipId, LocalizedText title, int likelihood, int impact,
            LocalizedText mitigation, Participant owner) {
        return jdbc.queryForObject("""
                insert into risk (partnership_id, title, likelihood, impact, mitigation, owner_tenant, owner_subject,
                    owner_name)
                values (?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?) returning id
                """, Long.class, partnershipId, TextColumns.json(title), likelihood, impact, TextColumns.json(mitigation),
                owner.tenantId(), owner.subject(), owner.name());
    }

    static long insertDocument(JdbcTemplate jdbc, String partnershipId, LocalizedText title, String url, String by) {
        return jdbc.queryForObject("insert into document_link (partnership_id, title, url, added_by)"
                + " values (?, ?::jsonb, ?, ?) returning id", Long.class, partnershipId, TextColumns.json(title), url, by);
    }
}
