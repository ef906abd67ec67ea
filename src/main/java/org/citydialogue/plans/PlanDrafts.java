package org.citydialogue.plans;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for a new or changed item of the plan's framework: {@code id} 0 is a new
 * item, otherwise {@code version} is the one the item was opened on. Texts hold every language's
 * version (the screen sets the editor's own on the text as it was).
 */
public final class PlanDrafts {

    private PlanDrafts() {
    }

    public record OutcomeDraft(long id, int version, LocalizedText title) {
    }

    public record IndicatorDraft(long id, int version, long outcomeId, LocalizedText title, String unit,
            @Nullable BigDecimal baseline, @Nullable BigDecimal target) {
    }

    public record BudgetDraft(long id, int version, LocalizedText title, String tenantId, String currency,
            @Nullable BigDecimal planned, @Nullable BigDecimal spent, BudgetLine.Funding funding) {
    }

    public record RiskDraft(long id, int version, LocalizedText title, int likelihood, int impact,
            LocalizedText mitigation, String ownerTenant, String ownerSubject) {
    }

    /** Links carry no version: an edit names the link as it was opened (title and URL). */
    public record DocumentDraft(@Nullable DocumentLink was, LocalizedText title, String url) {
    }
}
