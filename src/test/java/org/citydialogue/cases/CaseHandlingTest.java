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

/** The loops of both cities' contact centres, on the real stores. */
@AppTest
class CaseHandlingTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseQueue queue;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private static NewCase phoneComplaint(String description) {
        return new NewCase("complaint", "phone", "streets-parks", description, "Vasagatan 12", "Eva Svensson",
                "eva@example.se", "021-123 45", "sv");
    }

    @Test
    void a_vasteras_agent_registers_a_phone_complaint_and_the_two_working_day_clock_starts() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase registered = cases.register(anna, phoneComplaint("Gatlyktan vid busshållplatsen är trasig."));

        assertThat(registered.reference()).matches("VST-\\d{4}-\\d{6}");
        assertThat(registered.status()).isEqualTo("received");
        assertThat(registered.answerDueAt()).isEqualTo(
                deadlines.due(tenants.require("vasteras"), registered.receivedAt(), 2));
        assertThat(cases.timeline(registered.id())).singleElement()
                .satisfies(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("anna.agent register"));
    }

    @Test
    void a_complaint_is_forwarded_answered_by_the_department_and_closed() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = cases.register(anna, phoneComplaint("Hål i cykelbanan på Kopparbergsvägen."));

        assertThatThrownBy(() -> cases.act(anna, c.id(), c.version(), "forward", null, null))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.department.required"));
        ResidentCase forwarded = cases.act(anna, c.id(), c.version(), "forward", "streets-parks", "Gatuenheten tar det.");
        assertThat(forwarded.status()).isEqualTo("forwarded");
        assertThat(forwarded.department()).isEqualTo("streets-parks");
        assertThat(forwarded.answered()).isFalse();

        SignedInStaff.signOut();
        StaffUser hans = SignedInStaff.as("vasteras", "hans.handlaggare", "Hans Berg", Role.CASE_HANDLER);
        ResidentCase answered = cases.act(hans, c.id(), forwarded.version(), "answer", null, "Lagas vecka 48.");
        assertThat(answered.answered()).isTrue();
        ResidentCase closed = cases.act(hans, c.id(), answered.version(), "close", null, null);
        assertThat(closed.closed()).isTrue();
        assertThat(cases.timeline(c.id())).extracting(CaseEvent::action, CaseEvent::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("register", "anna.agent"),
                org.assertj.core.groups.Tuple.tuple("forward", "anna.agent"),
                org.assertj.core.groups.Tuple.tuple("answer", "hans.handlaggare"),
                org.assertj.core.groups.Tuple.tuple("close", "hans.handlaggare"));
    }

    @Test
    void two_agents_change_one_case_and_the_second_is_told_instead_of_overwriting() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = cases.register(anna, phoneComplaint("Snöröjningen har missat Hälla."));
        int seenByBoth = c.version();

        cases.act(anna, c.id(), seenByBoth, "acknowledge", null, "Ärendet hanteras av gatuenheten.");
        assertThatThrownBy(() -> cases.act(anna, c.id(), seenByBoth, "forward", "streets-parks", null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo("acknowledged");
        assertThat(cases.timeline(c.id())).hasSize(2);
    }

    @Test
    void incomplete_intake_is_refused_with_the_field_named_and_nothing_is_stored() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        int before = queue.count(CaseQueue.Filter.every());

        assertThatThrownBy(() -> cases.register(anna, phoneComplaint("  ")))
                .isInstanceOfSatisfying(CaseInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.messageKey()).isEqualTo("case.error.description.required");
                });
        assertThatThrownBy(() -> cases.register(anna, new NewCase("complaint", "wechat", "streets-parks", "x", null,
                null, null, null, null)))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> cases.register(anna, new NewCase("complaint", "phone", "streets-parks", "x", null,
                null, "not-an-address", null, null)))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.field()).isEqualTo("residentEmail"));
        assertThat(queue.count(CaseQueue.Filter.every())).isEqualTo(before);
    }

    @Test
    void a_jinan_work_order_is_dispatched_returned_as_misrouted_with_a_reason_and_urged_by_a_supervisor() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("help", "hotline", "city-appearance",
                "小区门口垃圾三天没人清运。", "历下区泉城路", null, null, null, "zh-Hans"));
        assertThat(order.reference()).startsWith("JN-");
        assertThat(order.status()).isEqualTo("accepted");
        assertThat(order.answerDueAt()).isEqualTo(deadlines.due(tenants.require("jinan"), order.receivedAt(), 5));

        ResidentCase dispatched = cases.act(li, order.id(), order.version(), "dispatch", "transport", null);
        SignedInStaff.signOut();

        StaffUser wang = SignedInStaff.as("jinan", "wang.handler", "王伟", Role.CASE_HANDLER);
        assertThatThrownBy(() -> cases.act(wang, order.id(), dispatched.version(), "return-misrouted", null, " "))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.reason.required"));
        assertThatThrownBy(() -> cases.act(wang, order.id(), dispatched.version(), "urge", null, null))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.step.not.allowed"));
        ResidentCase returned = cases.act(wang, order.id(), dispatched.version(), "return-misrouted", null,
                "属城管局职责，派单错误。");
        assertThat(returned.status()).isEqualTo("accepted");
        SignedInStaff.signOut();

        StaffUser li2 = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase redispatched = cases.act(li2, order.id(), returned.version(), "dispatch", "urban-management",
                null);
        SignedInStaff.signOut();
        StaffUser zhang = SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        ResidentCase urged = cases.act(zhang, order.id(), redispatched.version(), "urge", null, null);
        assertThat(urged.status()).isEqualTo("dispatched");
        assertThat(cases.timeline(order.id())).extracting(CaseEvent::action)
                .containsExactly("register", "dispatch", "return-misrouted", "dispatch", "urge");
    }

    @Test
    void a_case_of_one_city_cannot_be_found_while_working_for_the_other() {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        ResidentCase order = cases.register(li, new NewCase("consultation", "hotline", "traffic",
                "公交线路调整咨询。", null, null, null, null, "zh-Hans"));
        SignedInStaff.signOut();

        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        assertThat(cases.find(order.reference())).isEmpty();
    }
}
