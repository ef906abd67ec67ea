package org.citydialogue.plans;

import static org.citydialogue.plans.Plans.requireOne;

import java.util.List;
import org.citydialogue.plans.PlanDrafts.BudgetDraft;
import org.citydialogue.plans.PlanDrafts.DocumentDraft;
import org.citydialogue.plans.PlanDrafts.IndicatorDraft;
import org.citydialogue.plans.PlanDrafts.OutcomeDraft;
import org.citydialogue.plans.PlanDrafts.RiskDraft;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds (id 0) or changes the framework's items, as the bound tenant, inside the caller's
 * transaction. A change updates only the row still at the version it was opened on; none updated
 * means someone saved (or removed it) meanwhile, and the edit is refused as concurrent.
 */
final class FrameworkWrites {

    private FrameworkWrites() {
    }

    static void goals(JdbcTemplate jdbc, String partnershipId, int version, LocalizedText overallGoal,
            LocalizedText projectGoal, String by) {
        requireOne(jdbc.update("""
                update plan set overall_goal = ?::jsonb, project_goal = ?::jsonb, version = version + 1,
                    updated_at = now(), updated_by = ?
                where partnership_id = ? and version = ?
                """, TextColumns.json(overallGoal), TextColumns.json(projectGoal), by, partnershipId, version));
    }

    static long outcome(JdbcTemplate jdbc, String partnershipId, OutcomeDraft outcome) {
        if (outcome.id() == 0) {
            Integer last = jdbc.queryForObject("select max(position) from outcome where partnership_id = ?",
                    Integer.class, partnershipId);
            return PlanWrites.insertOutcome(jdbc, partnershipId, last == null ? 1 : last + 1, outcome.title());
        }
        requireOne(jdbc.update("update outcome set title = ?::jsonb, version = version + 1"
                + " where partnership_id = ? and id = ? and version = ?", TextColumns.json(outcome.title()),
                partnershipId, outcome.id(), outcome.version()));
        return outcome.id();
    }

    static long indicator(JdbcTemplate jdbc, String partnershipId, IndicatorDraft indicator) {
        if (indicator.id() == 0) {
            // Under an outcome of this plan only; an outcome removed meanwhile leaves nothing to add to.
            List<Long> added = jdbc.queryForList("""
                    insert into indicator (partnership_id, outcome_id, title, unit, baseline, target)
                    select partnership_id, id, ?::jsonb, ?, ?, ? from outcome where partnership_id = ? and id = ?
                    returning id
                    """, Long.class, TextColumns.json(indicator.title()), indicator.unit().strip(),
                    indicator.baseline(), indicator.target(), partnershipId, indicator.outcomeId());
            requireOne(added.size());
            return added.getFirst();
        }
        requireOne(jdbc.update("""
                update indicator set title = ?::jsonb, unit = ?, baseline = ?, target = ?, version = version + 1
                where partnership_id = ? and id = ? and version = ?
                """, TextColumns.json(indicator.title()), indicator.unit().strip(), indicator.baseline(),
                indicator.target(), partnershipId, indicator.id(), indicator.version()));
        return indicator.id();
    }

    static long budgetLine(JdbcTemplate jdbc, String partnershipId, BudgetDraft line) {
        if (line.id() == 0) {
            return PlanWrites.insertBudgetLine(jdbc, partnershipId, line.title(), line.tenantId(), line.currency(),
                    line.planned(), line.spent(), line.funding());
        }
        requireOne(jdbc.update("""
                update budget_line set title = ?::jsonb, tenant_id = ?, currency = ?, planned = ?, spent = ?,
                    funding = ?, version = version + 1
                where partnership_id = ? and id = ? and version = ?
                """, TextColumns.json(line.title()), line.tenantId(), line.currency(), line.planned(), line.spent(),
                line.funding().code(), partnershipId, line.id(), line.version()));
        return line.id();
    }

    static long risk(JdbcTemplate jdbc, String partnershipId, RiskDraft risk, Participant owner) {
        if (risk.id() == 0) {
            return PlanWrites.insertRisk(jdbc, partnershipId, risk.title(), risk.likelihood(), risk.impact(),
                    risk.mitigation(), owner);
        }
        requireOne(jdbc.update("""
                update risk set title = ?::jsonb, likelihood = ?, impact = ?, mitigation = ?::jsonb,
                    owner_tenant = ?, owner_subject = ?, owner_name = ?, version = version + 1
                where partnership_id = ? and id = ? and version = ?
                """, TextColumns.json(risk.title()), risk.likelihood(), risk.impact(),
                TextColumns.json(risk.mitigation()), owner.tenantId(), owner.subject(), owner.name(), partnershipId,
                risk.id(), risk.version()));
        return risk.id();
    }

    /** A link has no version column: a change applies only while the link still reads as it was opened. */
    static long document(JdbcTemplate jdbc, String partnershipId, DocumentDraft document, String by) {
        DocumentLink was = document.was();
        if (was == null) {
            return PlanWrites.insertDocument(jdbc, partnershipId, document.title(), document.url().strip(), by);
        }
        requireOne(jdbc.update("""
                update document_link set title = ?::jsonb, url = ?
                where partnership_id = ? and id = ? and title = ?::jsonb and url = ?
                """, TextColumns.json(document.title()), document.url().strip(), partnershipId, was.id(),
                TextColumns.json(was.title()), was.url()));
        return was.id();
    }
}
