package org.citydialogue.plans;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.plans.PlanDrafts.BudgetDraft;
import org.citydialogue.plans.PlanDrafts.DocumentDraft;
import org.citydialogue.plans.PlanDrafts.IndicatorDraft;
import org.citydialogue.plans.PlanDrafts.OutcomeDraft;
import org.citydialogue.plans.PlanDrafts.RiskDraft;
import org.citydialogue.tenancy.SharedStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Edits of the plan's framework (goals, outcomes, indicators, budget lines, risks, document links)
 * by the project group and steering committee. Input is checked here, before anything is written,
 * with a message key for each refusal; an edit of an existing item names the version it was opened
 * on and is refused if someone saved in between; each write is one transaction, announced after
 * commit through {@link PlanUpdates}.
 */
@Service
public class PlanEdits {

    private static final Set<String> CURRENCIES = Set.of("SEK", "CNY");

    private final SharedStore store;
    private final PlanAccess access;
    private final PlanUpdates updates;

    PlanEdits(SharedStore store, PlanAccess access, PlanUpdates updates) {
        this.store = store;
        this.access = access;
        this.updates = updates;
    }

    /** Whether {@code staff} may edit the plan: members who are not observers. */
    public boolean mayEdit(StaffUser staff, String partnershipId) {
        try {
            access.requireEditor(staff, partnershipId);
            return true;
        } catch (PlanEditException refused) {
            return false;
        }
    }

    public void saveGoals(StaffUser editor, String partnershipId, int version, LocalizedText overallGoal,
            LocalizedText projectGoal) {
        access.requireEditor(editor, partnershipId);
        require(!overallGoal.isEmpty() && !projectGoal.isEmpty(), "plans.error.text-required");
        write(partnershipId, () -> FrameworkWrites.goals(store.jdbc(), partnershipId, version, overallGoal,
                projectGoal, editor.username()));
    }

    public long saveOutcome(StaffUser editor, String partnershipId, OutcomeDraft outcome) {
        access.requireEditor(editor, partnershipId);
        requireTitle(outcome.title());
        return write(partnershipId, () -> FrameworkWrites.outcome(store.jdbc(), partnershipId, outcome));
    }

    public long saveIndicator(StaffUser editor, String partnershipId, IndicatorDraft indicator) {
        access.requireEditor(editor, partnershipId);
        requireTitle(indicator.title());
        require(indicator.baseline() != null && indicator.target() != null, "plans.error.number-required");
        require(indicator.baseline().compareTo(indicator.target()) != 0, "plans.error.target-baseline");
        return write(partnershipId, () -> FrameworkWrites.indicator(store.jdbc(), partnershipId, indicator));
    }

    public long saveBudgetLine(StaffUser editor, String partnershipId, BudgetDraft line) {
        access.requireEditor(editor, partnershipId);
        requireTitle(line.title());
        require(CURRENCIES.contains(line.currency()), "plans.error.currency");
        require(notNegative(line.planned()) && notNegative(line.spent()), "plans.error.amount");
        require(line.funding() != null, "plans.error.funding");
        require(access.participants(partnershipId).stream().anyMatch(p -> p.tenantId().equals(line.tenantId())),
                "plans.error.budget-city");
        return write(partnershipId, () -> FrameworkWrites.budgetLine(store.jdbc(), partnershipId, line));
    }

    public long saveRisk(StaffUser editor, String partnershipId, RiskDraft risk) {
        access.requireEditor(editor, partnershipId);
        requireTitle(risk.title());
        require(rating(risk.likelihood()) && rating(risk.impact()), "plans.error.rating");
        Participant owner = access.member(partnershipId, risk.ownerTenant(), risk.ownerSubject());
        return write(partnershipId, () -> FrameworkWrites.risk(store.jdbc(), partnershipId, risk, owner));
    }

    public long saveDocument(StaffUser editor, String partnershipId, DocumentDraft document) {
        access.requireEditor(editor, partnershipId);
        requireTitle(document.title());
        require(webAddress(document.url()), "plans.error.url");
        return write(partnershipId, () -> FrameworkWrites.document(store.jdbc(), partnershipId, document,
                editor.username()));
    }

    private long write(String partnershipId, java.util.function.Supplier<Long> work) {
        long id = store.inTransaction(work);
        updates.announce(partnershipId);
        return id;
    }

    private void write(String partnershipId, Runnable work) {
        store.inTransaction(work);
        updates.announce(partnershipId);
    }

    private static void requireTitle(LocalizedText title) {
        require(!title.isEmpty(), "plans.error.title-required");
    }

    private static void require(boolean valid, String messageKey) {
        if (!valid) {
            throw new PlanEditException(messageKey);
        }
    }

    private static boolean notNegative(@Nullable BigDecimal amount) {
        return amount != null && amount.signum() >= 0;
    }

    private static boolean rating(int value) {
        return value >= 1 && value <= 5;
    }

    /** Only web links: a {@code javascript:} or {@code file:} URL would run or open something on a reader's machine. */
    static boolean webAddress(@Nullable String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
