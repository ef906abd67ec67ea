package org.citydialogue.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads steering reviews, as the bound tenant (row-level security as for the plan). */
@Component
class ReviewReads {

    private final SharedStore store;
    private final Partnerships partnerships;
    private final TenantDirectory tenants;

    ReviewReads(SharedStore store, Partnerships partnerships, TenantDirectory tenants) {
        this.store = store;
        this.partnerships = partnerships;
        this.tenants = tenants;
    }

    /** The reviews of {@code plan}, latest first; statuses derived as of each period's last day. */
    List<SteeringReview> reviews(Plan plan) {
        JdbcTemplate jdbc = store.jdbc();
        String partnershipId = plan.partnershipId();
        Set<String> cities = memberCities(partnershipId);
        Map<Long, Map<Long, String[]>> overrides = new HashMap<>();
        jdbc.query("select review_id, outcome_id, status, reason, set_by from review_outcome where partnership_id = ?",
                row -> {
                    overrides.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getLong(2),
                            new String[] {row.getString(3), row.getString(4), row.getString(5)});
                }, partnershipId);
        Map<Long, List<SteeringReview.Decision>> decisions = new HashMap<>();
        jdbc.query("select * from review_decision where partnership_id = ? order by due_on, id", row -> {
            decisions.computeIfAbsent(row.getLong("review_id"), id -> new ArrayList<>()).add(
                    new SteeringReview.Decision(row.getLong("id"), TextColumns.read(row, "what"),
                            PlanReads.owner(row), row.getObject("due_on", java.time.LocalDate.class)));
        }, partnershipId);
        Map<Long, List<SteeringReview.SignOff>> signOffs = new HashMap<>();
        jdbc.query("select * from review_signoff where partnership_id = ? order by signed_at", row -> {
            signOffs.computeIfAbsent(row.getLong("review_id"), id -> new ArrayList<>()).add(
                    new SteeringReview.SignOff(row.getString("tenant_id"), row.getString("subject"),
                            row.getString("name"), row.getTimestamp("signed_at").toInstant(),
                            row.getInt("review_version")));
        }, partnershipId);
        return jdbc.query("select * from steering_review where partnership_id = ? order by period_from desc",
                (row, n) -> {
                    long id = row.getLong("id");
                    var to = row.getObject("period_to", java.time.LocalDate.class);
                    Map<Long, String[]> set = overrides.getOrDefault(id, Map.of());
                    List<SteeringReview.OutcomeReview> outcomes = plan.outcomes().stream().map(outcome -> {
                        String[] o = set.get(outcome.id());
                        return new SteeringReview.OutcomeReview(outcome,
                                OutcomeStatus.derive(outcome, plan.startsOn(), plan.endsOn(), to),
                                o == null ? null : OutcomeStatus.fromCode(o[0]), o == null ? null : o[1],
                                o == null ? null : o[2]);
                    }).toList();
                    return new SteeringReview(id, partnershipId, row.getObject("period_from", java.time.LocalDate.class),
                            to, TextColumns.read(row, "minutes"), row.getInt("version"), outcomes,
                            decisions.getOrDefault(id, List.of()), signOffs.getOrDefault(id, List.of()), cities);
                }, partnershipId);
    }

    /** The member tenants that are cities: each must sign a review off (an organisation such as ICLD may, too). */
    Set<String> memberCities(String partnershipId) {
        return partnerships.find(partnershipId).map(p -> p.memberTenants().stream()
                .filter(t -> tenants.find(t).map(Tenant::isCity).orElse(false)).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    Set<String> signedCities(long reviewId) {
        return Set.copyOf(store.jdbc().queryForList("select distinct tenant_id from review_signoff where review_id = ?",
                String.class, reviewId));
    }
}
