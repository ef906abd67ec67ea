package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseEvent;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 延期申请 and 审批, satisfaction and merging, as staff do them on the case view. */
class CaseStepsViewTest extends CaseScreens {

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    @Test
    void a_jinan_handler_asks_for_an_extension_on_screen_and_the_supervisor_sees_and_approves_it() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("help", "hotline", "city-appearance",
                "人行道地砖大面积破损，需重新铺设。", "历城区", null, null, null, "zh-Hans"));
        ResidentCase dispatched = cases.act(li, order.id(), order.version(), "dispatch", "urban-management", null);
        SignedInStaff.signOut();

        SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        openApp();
        navigate("cases/" + order.id(), CaseDetailView.class);
        assertThat($(Button.class).id("step-extension-request").getText()).isEqualTo("延期申请");
        test($(Button.class).id("step-extension-request")).click();
        // The field itself stops at 10; a value past it (typed, or an old client) is refused by the service.
        $(IntegerField.class).id("extension-days").setValue(11);
        test(textArea("extension-reason")).setValue("需招标采购地砖。");
        test($(Button.class).id("extension-request-submit")).click();
        assertThat($(IntegerField.class).id("extension-days").isInvalid()).isTrue();
        test($(IntegerField.class).id("extension-days")).setValue(10);
        test($(Button.class).id("extension-request-submit")).click();
        assertThat(fact("fact-extension")).startsWith("10个工作日").endsWith("需招标采购地砖。");
        assertThat($(Button.class).withId("step-extension-request").all()).isEmpty();
        SignedInStaff.signOut();

        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();
        navigate("cases/" + order.id(), CaseDetailView.class);
        test($(Button.class).id("step-extension-decide")).click();
        test($(Button.class).id("extension-approve")).click();

        assertThat($(Button.class).withId("step-extension-decide").all()).isEmpty();
        assertThat(cases.find(order.id()).orElseThrow().answerDueAt())
                .isEqualTo(deadlines.due(tenants.require("jinan"), dispatched.answerDueAt(), 10));
        Grid<CaseEvent> timeline = grid("case-timeline");
        assertThat(cell(timeline, test(timeline).size() - 1, 2)).isEqualTo("延期审批通过");
    }

    @Test
    void a_vasteras_agent_records_satisfaction_on_a_closed_case_and_merges_a_duplicate() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase original = streetComplaint(anna, "Trasig gatlykta på Stora gatan 3.");
        ResidentCase duplicate = streetComplaint(anna, "Gatlyktan vid Stora gatan 3 lyser inte.");
        ResidentCase answered = cases.act(anna, original.id(), original.version(), "answer", null, "Lagas i veckan.");
        cases.act(anna, original.id(), answered.version(), "close", null, null);
        openApp();

        navigate("cases/" + original.id(), CaseDetailView.class);
        test($(Button.class).id("step-satisfaction")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = $(RadioButtonGroup.class).id("satisfaction-score");
        test(score).selectItem("4");
        test($(Button.class).id("satisfaction-submit")).click();
        assertThat(fact("fact-satisfaction")).isEqualTo("4 av 5 (NKI 75)");

        // Via the queue: going from one case's route straight to another's keeps the view instance,
        // and CaseDetailView renders only on locale change, so the new case would not be shown.
        navigate(QueueView.class);
        navigate("cases/" + duplicate.id(), CaseDetailView.class);
        test($(Button.class).id("step-merge")).click();
        test(textField("merge-original")).setValue(duplicate.reference());
        test($(Button.class).id("merge-submit")).click();
        assertThat(textField("merge-original").getErrorMessage()).isEqualTo("Ett ärende kan inte slås samman med sig självt.");
        test(textField("merge-original")).setValue(original.reference());
        test($(Button.class).id("merge-submit")).click();

        assertThat(fact("fact-merged-into")).isEqualTo(original.reference());
        assertThat(fact("fact-status")).isEqualTo("Avslutat");
        Grid<CaseEvent> timeline = grid("case-timeline");
        assertThat(cell(timeline, test(timeline).size() - 1, 2)).isEqualTo("Sammanslaget som dubblett");
    }
}
