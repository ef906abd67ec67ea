package org.citydialogue.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.PartnershipMember;
import org.citydialogue.partnership.PartnershipRole;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.plans.BudgetLine;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Outcome;
import org.citydialogue.plans.PlanDrafts.OutcomeDraft;
import org.citydialogue.plans.PlanDrafts.RiskDraft;
import org.citydialogue.plans.PlanEdits;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.Risk;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's framework edited on screen by members of both cities, and read only by an observer. */
class PlanEditViewTest extends BrowserlessAppTest {

    private static final String PLAN = "plans/vasteras-jinan";
    private static final int BUDGET = 3;
    private static final int RISKS = 4;
    private static final int RISK_EDIT = 6;
    private static final int BUDGET_EDIT = 6;
    private static final int INDICATOR_EDIT = 5;

    @Autowired
    Plans plans;

    @Autowired
    PlanEdits edits;

    @Autowired
    Partnerships partnerships;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jinan_project_member_adds_a_risk_and_a_vasteras_viewer_sees_it_live() throws Exception {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        open(RISKS);
        int before = test(risks()).size();

        elsewhere("jinan", "li.agent", li -> edits.saveRisk(li,
                "vasteras-jinan", new RiskDraft(0, 0, LocalizedText.of(SupportedLanguage.ZH_HANS, "翻译人员不足"), 2, 3,
                        LocalizedText.of(SupportedLanguage.ZH_HANS, "提前预订口译"), "jinan", "li.agent")));

        waitUntilShown(() -> test(risks()).size() == before + 1);
        assertThat(rows(risks())).anyMatch(row -> row.contains("翻译人员不足") && row.contains("李娜"));
    }

    @Test
    void a_jinan_project_member_books_an_unplanned_cost_on_screen_after_a_refused_negative_amount() throws Exception {
        SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        open(BUDGET);
        int before = test(budget()).size();

        assertThat(test(budget()).getCellComponent(0, BUDGET_EDIT).isVisible()).isTrue();
        $(Button.class).id("add-budget-line").click();
        $(TextArea.class).id("budget-title").setValue("济南市民热线培训");
        ComboBox<String> currency = $(ComboBox.class).id("budget-currency");
        currency.setValue("CNY");
        $(BigDecimalField.class).id("budget-planned").setValue(BigDecimal.ZERO);
        $(BigDecimalField.class).id("budget-spent").setValue(new BigDecimal("-5"));
        $(Button.class).id("budget-save").click();

        assertThat($(Notification.class).id("plan-error").getElement().getProperty("text")).isEqualTo("金额须为零或以上。");
        assertThat($(Dialog.class).id("budget-dialog").isOpened()).as("kept open, nothing typed lost").isTrue();
        $(BigDecimalField.class).id("budget-spent").setValue(new BigDecimal("40000"));
        $(Button.class).id("budget-save").click();

        waitUntilShown(() -> test(budget()).size() == before + 1);
        BudgetLine added = plans.plan(SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT), "vasteras-jinan")
                .orElseThrow().budget().getLast();
        assertThat(added.currency()).isEqualTo("CNY");
        assertThat(added.spent()).isEqualByComparingTo("40000");
        assertThat(added.tenantId()).isEqualTo("jinan");
        assertThat(added.title().in(SupportedLanguage.ZH_HANS)).contains("济南市民热线培训");
    }

    @Test
    void a_stale_edit_of_an_outcome_is_refused_with_a_message_in_the_readers_language() throws Exception {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        open(0);
        Outcome first = plans.plan(li, "vasteras-jinan").orElseThrow().outcomes().getFirst();
        $(Button.class).withClassName("edit-outcome").first().click();

        elsewhere("vasteras", "sara.supervisor", sara -> edits.saveOutcome(sara, "vasteras-jinan", new OutcomeDraft(first.id(), first.version(),
                        first.title().with(SupportedLanguage.SV, "Snabba svar"))));
        $(TextArea.class).id("outcome-title").setValue("快速答复");
        $(Button.class).id("outcome-save").click();

        assertThat($(Notification.class).id("plan-error").getElement().getProperty("text"))
                .startsWith("其他人已同时保存了修改");
        LocalizedText now = plans.plan(li, "vasteras-jinan").orElseThrow().outcomes().getFirst().title();
        assertThat(now.in(SupportedLanguage.SV)).contains("Snabba svar");
        assertThat(now.in(SupportedLanguage.ZH_HANS)).isEqualTo(first.title().in(SupportedLanguage.ZH_HANS));
    }

    @Test
    void an_observer_is_offered_no_edits() {
        TenantContext.run("jinan", () -> partnerships.invite("vasteras-jinan",
                new PartnershipMember("jinan", "wang.handler", "王伟", PartnershipRole.OBSERVER), "chen.admin"));
        SignedInStaff.as("jinan", "wang.handler", "王伟");
        openApp();
        open(RISKS);

        assertThat(test(risks()).getCellComponent(0, RISK_EDIT).isVisible()).isFalse();
        assertThat($(Button.class).withId("add-risk").exists()).isFalse();
        assertThat($(Button.class).withId("add-document").exists()).isFalse();
        open(0);
        assertThat($(Button.class).withClassName("edit-goals").exists()).isFalse();
        assertThat($(Button.class).withClassName("add-outcome").exists()).isFalse();
        open(1);
        assertThat($(Button.class).withId("add-activity").exists()).isFalse();
    }

    @Test
    void every_text_of_the_edit_dialogs_comes_from_the_catalogues() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        open(0);
        for (String opener : List.of("edit-goals", "add-outcome", "edit-outcome", "add-indicator")) {
            checkDialog($(Button.class).withClassName(opener).first());
        }
        checkDialog((Button) test((Grid<?>) $(Grid.class).withClassName("indicators").first())
                .getCellComponent(0, INDICATOR_EDIT));
        open(BUDGET);
        checkDialog($(Button.class).id("add-budget-line"));
        checkDialog((Button) test(budget()).getCellComponent(0, BUDGET_EDIT));
        open(RISKS);
        checkDialog($(Button.class).id("add-risk"));
        checkDialog((Button) test(risks()).getCellComponent(0, RISK_EDIT));
        checkDialog($(Button.class).id("add-document"));
        checkDialog($(Button.class).withClassName("edit-document").first());
    }

    /** Opens a dialog, checks its texts, closes it. */
    private void checkDialog(Button opener) {
        opener.click();
        Dialog dialog = $(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        HardCodedTextGuard.assertNoHardCodedText(dialog);
        dialog.close();
    }

    private void open(int tab) {
        if (!(com.vaadin.flow.component.UI.getCurrent().getCurrentView() instanceof PlanView)) {
            navigate(PLAN, PlanView.class);
        }
        $(TabSheet.class).id("plan-tabs").setSelectedIndex(tab);
    }

    @SuppressWarnings("unchecked")
    private Grid<Risk> risks() {
        return $(Grid.class).id("risks");
    }

    @SuppressWarnings("unchecked")
    private Grid<BudgetLine> budget() {
        return $(Grid.class).id("budget");
    }

    private List<String> rows(Grid<?> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(row -> java.util.stream.IntStream
                .range(0, 6).mapToObj(column -> tester.getCellText(row, column)).reduce("", String::concat)).toList();
    }

    /** Another member works on a thread and session of their own (as on another node). */
    private static void elsewhere(String tenantId, String username, java.util.function.Consumer<StaffUser> work)
            throws Exception {
        CompletableFuture.runAsync(() -> {
            StaffUser who = SignedInStaff.as(tenantId, username, username, Role.AGENT);
            try {
                work.accept(who);
            } finally {
                SignedInStaff.signOut();
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
