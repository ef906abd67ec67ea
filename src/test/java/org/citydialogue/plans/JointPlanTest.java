package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.citydialogue.AppTest;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The joint plan as the cities' members use it, on the real shared database with its row-level security. */
@AppTest
class JointPlanTest {

    @Autowired
    Plans plans;

    @Autowired
    PlanComments comments;

    @Autowired
    Partnerships partnerships;

    @Autowired
    SharedStore shared;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void the_demo_plan_holds_the_pre_study_the_three_year_project_and_the_delegation_visits() {
        Plan plan = plans.plan(Members.li(), Members.PARTNERSHIP).orElseThrow();

        assertThat(plan.budgetTotals().grantPlanned()).isEqualByComparingTo("2675000");
        assertThat(plan.activities()).extracting(a -> a.title().forReader(SupportedLanguage.ZH_HANS).text())
                .contains("预研究", "济南代表团访问韦斯特罗斯（8名官员）", "韦斯特罗斯代表团访问济南（8名官员）");
        assertThat(plan.activities()).extracting(a -> a.owner().tenantId()).contains("vasteras", "jinan");
        assertThat(plan.outcomes()).hasSize(3);
        // Staff time in Jinan is budgeted in yuan and counted in kronor at the plan's rate.
        assertThat(plan.budget()).anyMatch(line -> line.currency().equals("CNY"));
        assertThat(plan.budgetTotals().ownPlanned()).isEqualByComparingTo(new BigDecimal("350000")
                .add(BudgetTotals.inSek(new BigDecimal("260000"), "CNY", plan.cnyPerSek())));
    }

    @Test
    void a_second_edit_on_the_same_version_is_refused_and_the_first_one_stays() {
        Activity survey = activity(Members.anna(), "Design the follow-up satisfaction survey");
        LocalDate saraStart = survey.startsOn().plusDays(7);

        plans.rescheduleActivity(Members.sara(), Members.PARTNERSHIP, survey.id(), survey.version(), saraStart,
                survey.endsOn(), ActivityStatus.IN_PROGRESS);
        StaffUser li = Members.li();
        assertThatThrownBy(() -> plans.rescheduleActivity(li, Members.PARTNERSHIP, survey.id(), survey.version(),
                survey.startsOn(), survey.endsOn(), ActivityStatus.DELAYED))
                .isInstanceOf(PlanEditException.class).extracting("messageKey").isEqualTo("plans.error.concurrent");

        Activity now = activity(li, "Design the follow-up satisfaction survey");
        assertThat(now.startsOn()).isEqualTo(saraStart);
        assertThat(now.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    }

    @Test
    void a_jinan_member_adds_the_chinese_title_of_a_workshop_written_in_swedish() {
        Activity workshop = activity(Members.li(), "Workshop: alltid bästa möjliga möte");
        assertThat(workshop.title().forReader(SupportedLanguage.ZH_HANS).translated()).isFalse();

        plans.translate(Members.li(), Members.PARTNERSHIP, TranslatableText.ACTIVITY_TITLE, workshop.id(),
                workshop.version(), SupportedLanguage.ZH_HANS, "研讨会：始终提供最好的服务");

        LocalizedText title = activity(Members.li(), "Workshop: alltid bästa möjliga möte").title();
        assertThat(title.forReader(SupportedLanguage.ZH_HANS).text()).isEqualTo("研讨会：始终提供最好的服务");
        assertThat(title.in(SupportedLanguage.SV)).contains("Workshop: alltid bästa möjliga möte");
    }

    @Test
    void an_observer_reads_the_plan_but_cannot_change_it() {
        StaffUser wang = Members.wang(partnerships);

        assertThat(plans.plan(wang, Members.PARTNERSHIP)).isPresent();
        assertThatThrownBy(() -> plans.addActivity(wang, Members.PARTNERSHIP, new NewActivity(false,
                LocalizedText.of(SupportedLanguage.ZH_HANS, "培训"), new LocalizedText(Map.of()), "jinan", "li.agent",
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2), ActivityStatus.PLANNED, List.of())))
                .extracting("messageKey").isEqualTo("plans.error.observer");
    }

    @Test
    void a_mention_leaves_the_member_a_notice_and_tells_their_open_screens() throws Exception {
        Activity visit = activity(Members.anna(), "Västerås delegation visits Jinan (8 officials)");
        CountDownLatch told = new CountDownLatch(1);
        var listening = comments.onMention("jinan", "li.agent", told::countDown);
        try {
            comments.add(Members.anna(), Members.PARTNERSHIP, "activity", visit.id(),
                    "@li.agent can you send the programme for the visit?");
            assertThat(told.await(5, TimeUnit.SECONDS)).as("li's screens told").isTrue();
        } finally {
            listening.remove();
        }
        StaffUser li = Members.li();
        assertThat(comments.unread(li)).anyMatch(m -> m.by().equals("Anna Lindqvist")
                && m.excerpt().contains("programme"));
        assertThat(comments.thread(li, Members.PARTNERSHIP, "activity", visit.id()))
                .anyMatch(c -> c.mentioned().stream().anyMatch(p -> p.subject().equals("li.agent")));
    }

    @Test
    void a_city_outside_a_partnership_sees_none_of_its_plan_even_by_raw_sql() {
        TenantContext.run("icld", () -> partnerships.create("vasteras-plan-only", Map.of("en", "Västerås alone"),
                "ingrid.icld", List.of("vasteras")));
        TenantContext.run("vasteras", () -> shared.jdbc().update("""
                insert into plan (partnership_id, starts_on, ends_on, cny_per_sek, updated_by)
                values ('vasteras-plan-only', date '2027-01-01', date '2027-12-31', 0.68, 'sara.supervisor')"""));

        assertThat(TenantContext.call("jinan", () -> shared.jdbc().queryForObject(
                "select count(*) from plan where partnership_id = 'vasteras-plan-only'", Long.class))).isZero();
        assertThat(TenantContext.call("jinan", () -> shared.jdbc().update(
                "update plan set cny_per_sek = 1 where partnership_id = 'vasteras-plan-only'"))).isZero();
        assertThat(sqlState(() -> TenantContext.run("jinan", () -> shared.jdbc().update("""
                insert into activity (partnership_id, title, owner_tenant, owner_subject, owner_name, starts_on,
                    ends_on, status, updated_by)
                values ('vasteras-plan-only', '{}', 'jinan', 'li.agent', 'x', current_date, current_date, 'planned', 'x')
                """)))).isEqualTo("42501");
        // Nor does a partnership's shared store reach a city's cases.
        assertThat(sqlState(() -> TenantContext.run("jinan", () -> shared.jdbc().queryForObject(
                "select count(*) from tenant_vasteras.resident_case", Long.class)))).isEqualTo("42501");
    }

    private Activity activity(StaffUser reader, String englishOrSwedishTitle) {
        return plans.plan(reader, Members.PARTNERSHIP).orElseThrow().activities().stream()
                .filter(a -> a.title().versions().containsValue(englishOrSwedishTitle)).findFirst().orElseThrow();
    }

    private static String sqlState(Runnable work) {
        try {
            work.run();
            return "no error";
        } catch (DataAccessException e) {
            return e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : e.toString();
        }
    }
}
