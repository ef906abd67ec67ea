package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.citydialogue.AppTest;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.plans.PlanDrafts.BudgetDraft;
import org.citydialogue.plans.PlanDrafts.DocumentDraft;
import org.citydialogue.plans.PlanDrafts.IndicatorDraft;
import org.citydialogue.plans.PlanDrafts.OutcomeDraft;
import org.citydialogue.plans.PlanDrafts.RiskDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members of both cities edit the plan's framework, on the real shared database. */
@AppTest
class PlanEditsTest {

    private static final String P = Members.PARTNERSHIP;

    @Autowired
    Plans plans;

    @Autowired
    PlanEdits edits;

    @Autowired
    PlanUpdates updates;

    @Autowired
    Partnerships partnerships;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jinan_project_member_adds_a_risk_and_vasteras_is_told_and_reads_it() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        var listening = updates.subscribe(P, told::countDown);
        try {
            edits.saveRisk(Members.li(), P, new RiskDraft(0, 0, LocalizedText.of(SupportedLanguage.ZH_HANS, "台风季航班取消"),
                    3, 4, LocalizedText.of(SupportedLanguage.ZH_HANS, "预留备用日期"), "jinan", "li.agent"));
            assertThat(told.await(5, TimeUnit.SECONDS)).as("open screens told").isTrue();
        } finally {
            listening.remove();
        }
        Risk risk = plan(Members.anna()).risks().stream()
                .filter(r -> r.title().in(SupportedLanguage.ZH_HANS).orElse("").equals("台风季航班取消"))
                .findFirst().orElseThrow();
        assertThat(risk.score()).isEqualTo(12);
        assertThat(risk.owner().name()).isEqualTo("李娜");
        assertThat(risk.title().forReader(SupportedLanguage.SV).translated()).isFalse();
    }

    @Test
    void an_observer_cannot_edit_a_budget_line() {
        BudgetLine line = plan(Members.li()).budget().getFirst();
        StaffUser wang = Members.wang(partnerships);

        assertRefused(() -> edits.saveBudgetLine(wang, P, new BudgetDraft(line.id(), line.version(), line.title(),
                line.tenantId(), line.currency(), BigDecimal.ONE, line.spent(), line.funding())), "plans.error.observer");
        assertThat(edits.mayEdit(wang, P)).isFalse();
        assertThat(plan(Members.li()).budget().getFirst().planned()).isEqualByComparingTo(line.planned());
    }

    @Test
    void a_stale_edit_of_an_outcome_is_refused_and_the_first_one_stays() {
        Outcome outcome = plan(Members.anna()).outcomes().getFirst();
        edits.saveOutcome(Members.sara(), P, new OutcomeDraft(outcome.id(), outcome.version(),
                outcome.title().with(SupportedLanguage.SV, "Svar inom två arbetsdagar")));

        assertRefused(() -> edits.saveOutcome(Members.li(), P, new OutcomeDraft(outcome.id(), outcome.version(),
                outcome.title().with(SupportedLanguage.ZH_HANS, "两天内答复"))), "plans.error.concurrent");

        LocalizedText now = plan(Members.li()).outcomes().getFirst().title();
        assertThat(now.in(SupportedLanguage.SV)).contains("Svar inom två arbetsdagar");
        assertThat(now.in(SupportedLanguage.ZH_HANS)).isEqualTo(outcome.title().in(SupportedLanguage.ZH_HANS));
    }

    @Test
    void a_vasteras_member_rewrites_the_project_goal_in_swedish_and_the_chinese_version_stays() {
        Plan plan = plan(Members.anna());
        edits.saveGoals(Members.anna(), P, plan.version(), plan.overallGoal(),
                plan.projectGoal().with(SupportedLanguage.SV, "Invånare i båda städerna får svar inom två dagar"));

        Plan now = plan(Members.li());
        assertThat(now.projectGoal().in(SupportedLanguage.SV)).contains("Invånare i båda städerna får svar inom två dagar");
        assertThat(now.projectGoal().in(SupportedLanguage.ZH_HANS)).isEqualTo(plan.projectGoal().in(SupportedLanguage.ZH_HANS));
        assertRefused(() -> edits.saveGoals(Members.li(), P, plan.version(), plan.overallGoal(), plan.projectGoal()),
                "plans.error.concurrent");
    }

    @Test
    void an_indicator_is_added_under_an_outcome_and_its_target_changed() {
        Outcome outcome = plan(Members.li()).outcomes().getLast();
        long id = edits.saveIndicator(Members.li(), P, new IndicatorDraft(0, 0, outcome.id(),
                LocalizedText.of(SupportedLanguage.EN, "Joint workshops held"), "workshops", BigDecimal.ZERO,
                new BigDecimal("4")));
        edits.saveIndicator(Members.anna(), P, new IndicatorDraft(id, 0, outcome.id(),
                LocalizedText.of(SupportedLanguage.EN, "Joint workshops held"), "workshops", BigDecimal.ZERO,
                new BigDecimal("6")));

        assertThat(plan(Members.li()).outcomes().getLast().indicators()).filteredOn(i -> i.id() == id).singleElement()
                .satisfies(i -> assertThat(i.target()).isEqualByComparingTo("6"));
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_nothing_is_written() {
        StaffUser li = Members.li();
        Plan before = plan(li);
        Risk risk = before.risks().getFirst();
        BudgetLine line = before.budget().getFirst();
        DocumentLink link = before.documents().getFirst();
        LocalizedText title = LocalizedText.of(SupportedLanguage.EN, "x");

        assertRefused(() -> edits.saveRisk(li, P, new RiskDraft(risk.id(), risk.version(), risk.title(), 6, 2,
                risk.mitigation(), "jinan", "li.agent")), "plans.error.rating");
        assertRefused(() -> edits.saveBudgetLine(li, P, new BudgetDraft(line.id(), line.version(), line.title(),
                line.tenantId(), line.currency(), new BigDecimal("-1"), line.spent(), line.funding())),
                "plans.error.amount");
        assertRefused(() -> edits.saveBudgetLine(li, P, new BudgetDraft(0, 0, title, "jinan", "EUR", BigDecimal.TEN,
                BigDecimal.ZERO, BudgetLine.Funding.OWN)), "plans.error.currency");
        assertRefused(() -> edits.saveBudgetLine(li, P, new BudgetDraft(0, 0, title, "uppsala", "SEK", BigDecimal.TEN,
                BigDecimal.ZERO, BudgetLine.Funding.OWN)), "plans.error.budget-city");
        assertRefused(() -> edits.saveDocument(li, P, new DocumentDraft(link, link.title(), "javascript:alert(1)")),
                "plans.error.url");
        assertRefused(() -> edits.saveDocument(li, P, new DocumentDraft(null, title, "file:///etc/passwd")),
                "plans.error.url");
        assertRefused(() -> edits.saveIndicator(li, P, new IndicatorDraft(0, 0, before.outcomes().getFirst().id(),
                title, "%", BigDecimal.ONE, BigDecimal.ONE)), "plans.error.target-baseline");
        assertRefused(() -> edits.saveOutcome(li, P, new OutcomeDraft(0, 0, LocalizedText.of(SupportedLanguage.EN,
                " "))), "plans.error.title-required");

        Plan after = plan(li);
        assertThat(after.risks()).isEqualTo(before.risks());
        assertThat(after.budget()).isEqualTo(before.budget());
        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(after.outcomes()).isEqualTo(before.outcomes());
    }

    @Test
    void a_document_link_changed_meanwhile_is_not_overwritten() {
        DocumentLink link = plan(Members.anna()).documents().getFirst();
        edits.saveDocument(Members.anna(), P, new DocumentDraft(link, link.title(), "https://icld.se/en/municipal"));

        assertRefused(() -> edits.saveDocument(Members.li(), P, new DocumentDraft(link, link.title(),
                "https://example.org/old")), "plans.error.concurrent");
        assertThat(plan(Members.li()).documents().getFirst().url()).isEqualTo("https://icld.se/en/municipal");
    }

    private Plan plan(StaffUser reader) {
        return plans.plan(reader, P).orElseThrow();
    }

    private static void assertRefused(ThrowingCallable edit, String messageKey) {
        assertThatThrownBy(edit).isInstanceOf(PlanEditException.class).extracting("messageKey").isEqualTo(messageKey);
    }
}
