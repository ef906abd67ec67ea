package org.citydialogue.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partnership's joint plan in the logical framework: an overall goal the project contributes to,
 * the project goal it reaches, outcomes with indicators, activities and milestones, the budget,
 * risks and documents. {@code version} guards the plan's own fields (goals, dates, rate).
 */
public record Plan(String partnershipId, LocalizedText overallGoal, LocalizedText projectGoal, LocalDate startsOn,
        LocalDate endsOn, BigDecimal cnyPerSek, int version, List<Outcome> outcomes, List<Activity> activities,
        List<BudgetLine> budget, List<Risk> risks, List<DocumentLink> documents) {

    public Plan {
        outcomes = List.copyOf(outcomes);
        activities = List.copyOf(activities);
        budget = List.copyOf(budget);
        risks = List.copyOf(risks);
        documents = List.copyOf(documents);
    }

    public BudgetTotals budgetTotals() {
        return BudgetTotals.of(budget, cnyPerSek);
    }
}
