package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citydialogue.AppTest;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps beside the lifecycle: extension with approval, satisfaction at follow-up, merging duplicates. */
@AppTest
class CaseStepsTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseExtensions extensions;

    @Autowired
    CaseSatisfaction satisfaction;

    @Autowired
    CaseMerges merges;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private ResidentCase dispatchedWorkOrder(String description) {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("help", "hotline", "city-appearance", description,
                "历下区", null, null, null, "zh-Hans"));
        ResidentCase dispatched = cases.act(li, order.id(), order.version(), "dispatch", "urban-management", null);
        SignedInStaff.signOut();
        return dispatched;
    }

    @Test
    void a_jinan_handler_requests_a_10_working_day_extension_and_a_supervisor_approves_it_the_deadline_moves_by_10_working_days() {
        ResidentCase order = dispatchedWorkOrder("路灯不亮，需要更换灯杆，工期较长。");
        StaffUser wang = SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        ResidentCase requested = extensions.request(wang, order.id(), order.version(), 10, "需采购灯杆，五个工作日内无法完成。");
        assertThat(extensions.pending(order.id())).hasValueSatisfying(r -> {
            assertThat(r.workingDays()).isEqualTo(10);
            assertThat(r.requestedBy()).isEqualTo("wang.handler");
        });
        assertThat(requested.answerDueAt()).isEqualTo(order.answerDueAt());
        SignedInStaff.signOut();

        StaffUser zhang = SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        assertThatThrownBy(() -> extensions.approve(zhang, order.id(), order.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        ResidentCase approved = extensions.approve(zhang, order.id(), requested.version());

        assertThat(approved.answerDueAt())
                .isEqualTo(deadlines.due(tenants.require("jinan"), order.answerDueAt(), 10));
        assertThat(extensions.pending(order.id())).isEmpty();
        assertThat(cases.timeline(order.id())).extracting(CaseEvent::action, CaseEvent::actor).endsWith(
                org.assertj.core.groups.Tuple.tuple("extension-requested", "wang.handler"),
                org.assertj.core.groups.Tuple.tuple("extension-approved", "zhang.supervisor"));
        assertThat(cases.timeline(order.id()).get(cases.timeline(order.id()).size() - 2).note())
                .contains("需采购灯杆");
    }

    @Test
    void an_extension_beyond_10_working_days_or_approved_by_a_non_supervisor_is_refused() {
        ResidentCase order = dispatchedWorkOrder("施工噪音扰民，需协调多部门。");
        StaffUser wang = SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        assertThatThrownBy(() -> extensions.request(wang, order.id(), order.version(), 11, "需协调。"))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.extension.too.long"));
        assertThatThrownBy(() -> extensions.request(wang, order.id(), order.version(), 3, " "))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.reason.required"));
        ResidentCase requested = extensions.request(wang, order.id(), order.version(), 6, "需协调住建、城管。");
        assertThatThrownBy(() -> extensions.approve(wang, order.id(), requested.version()))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.extension.supervisor.only"));
        SignedInStaff.signOut();

        StaffUser zhang = SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        ResidentCase approved = extensions.approve(zhang, order.id(), requested.version());
        SignedInStaff.signOut();
        // 6 granted: the next 5 would make 11, over the tenant's maximum of 10 in all.
        StaffUser wang2 = SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        assertThatThrownBy(() -> extensions.request(wang2, order.id(), approved.version(), 5, "仍需时间。"))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.extension.too.long"));
        ResidentCase again = extensions.request(wang2, order.id(), approved.version(), 4, "仍需时间。");
        SignedInStaff.signOut();
        StaffUser zhang2 = SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        assertThatThrownBy(() -> extensions.refuse(zhang2, order.id(), again.version(), ""))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        ResidentCase refused = extensions.refuse(zhang2, order.id(), again.version(), "已延期六个工作日，请按期办结。");
        assertThat(refused.answerDueAt()).isEqualTo(approved.answerDueAt());
        assertThat(cases.timeline(order.id()).getLast().action()).isEqualTo("extension-refused");
    }

    @Test
    void vasteras_does_not_extend_deadlines() {
        StaffUser hans = SignedInStaff.as("vasteras", "hans.handlaggare", "Hans Berg", Role.CASE_HANDLER);
        ResidentCase c = cases.register(hans, new NewCase("question", "email", "other", "Öppettider för Stadshuset?",
                null, null, null, null, "sv"));
        assertThat(extensions.used(hans)).isFalse();
        assertThatThrownBy(() -> extensions.request(hans, c.id(), c.version(), 2, "Behöver mer tid."))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.extension.not.used"));
    }

    @Test
    void a_vasteras_residents_satisfaction_4_gives_skr_index_75() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = cases.register(anna, new NewCase("feedback", "phone", "streets-parks",
                "Tack för att parkbänkarna i Vasaparken lagades.", null, "Karl Ek", null, null, "sv"));
        assertThatThrownBy(() -> satisfaction.recordSatisfaction(anna, c.id(), c.version(), 4))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.step.not.possible"));
        ResidentCase answered = cases.act(anna, c.id(), c.version(), "answer", null, "Vi framför tacket.");
        ResidentCase closed = cases.act(anna, c.id(), answered.version(), "close", null, null);
        assertThatThrownBy(() -> satisfaction.recordSatisfaction(anna, c.id(), closed.version(), 6))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.field()).isEqualTo("score"));

        ResidentCase recorded = satisfaction.recordSatisfaction(anna, c.id(), closed.version(), 4);

        assertThat(recorded.status()).isEqualTo("closed");
        assertThat(satisfaction.recorded(c.id())).hasValueSatisfying(s -> {
            assertThat(s.scale()).isEqualTo("skr5");
            assertThat(s.satisfactionIndex()).isEqualTo(75);
        });
        assertThat(cases.timeline(c.id()).getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("satisfaction-recorded");
            assertThat(e.note()).isEqualTo("4/5 (75)");
        });
    }

    @Test
    void jinan_records_jibenmanyi_at_evaluation() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase c = cases.register(li, new NewCase("consultation", "hotline", "education",
                "孩子入学需要哪些材料？", null, null, null, null, "zh-Hans"));
        ResidentCase replied = cases.act(li, c.id(), c.version(), "answer-directly", null, "已告知所需材料。");
        ResidentCase closed = cases.act(li, c.id(), replied.version(), "close", null, null);
        assertThatThrownBy(() -> satisfaction.recordSatisfaction(li, c.id(), closed.version(), 2))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.step.not.possible"));
        ResidentCase followedUp = cases.act(li, c.id(), closed.version(), "follow-up", null, "市民表示基本满意。");
        assertThatThrownBy(() -> satisfaction.recordSatisfaction(li, c.id(), followedUp.version(), 4))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.field()).isEqualTo("score"));

        ResidentCase evaluated = satisfaction.recordSatisfaction(li, c.id(), followedUp.version(), 2);

        assertThat(evaluated.status()).isEqualTo("evaluated");
        assertThat(satisfaction.recorded(c.id())).hasValue(new Satisfaction(2, "cn3"));
        assertThat(satisfaction.recorded(c.id()).orElseThrow().satisfactionIndex()).isNull();
        assertThat(cases.timeline(c.id()).getLast()).satisfies(e -> {
            assertThat(e.action() + " " + e.fromStatus() + "→" + e.toStatus())
                    .isEqualTo("satisfaction-recorded followed-up→evaluated");
            assertThat(e.note()).isEqualTo("基本满意");
        });
    }

    @Test
    void a_duplicate_is_merged_into_the_original_and_both_timelines_say_so() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase original = cases.register(li, new NewCase("complaint", "hotline", "traffic",
                "经十路与历山路路口信号灯故障。", "经十路", null, null, null, "zh-Hans"));
        ResidentCase duplicate = cases.register(li, new NewCase("complaint", "app", "traffic",
                "经十路历山路红绿灯坏了。", "经十路", null, null, null, "zh-Hans"));
        assertThatThrownBy(() -> merges.mergeInto(li, duplicate.id(), duplicate.version(), duplicate.reference()))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.merge.into.itself"));
        assertThatThrownBy(() -> merges.mergeInto(li, duplicate.id(), duplicate.version(), "VST-2026-000001"))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.merge.original.not.found"));

        ResidentCase merged = merges.mergeInto(li, duplicate.id(), duplicate.version(), " " + original.reference());

        assertThat(merged.closed()).isTrue();
        assertThat(merged.status()).isEqualTo("closed");
        assertThat(merges.mergedInto(duplicate.id())).hasValue(original.reference());
        assertThat(cases.timeline(duplicate.id()).getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("merged-as-duplicate");
            assertThat(e.note()).isEqualTo(original.reference());
        });
        assertThat(cases.timeline(original.id()).getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("duplicate-merged");
            assertThat(e.note()).isEqualTo(duplicate.reference());
        });
        ResidentCase third = cases.register(li, new NewCase("complaint", "web", "traffic", "经十路信号灯不亮。",
                null, null, null, null, "zh-Hans"));
        assertThatThrownBy(() -> merges.mergeInto(li, third.id(), third.version(), duplicate.reference()))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.merge.into.merged"));
    }
}
