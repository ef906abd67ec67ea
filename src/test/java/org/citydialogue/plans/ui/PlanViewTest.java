package org.citydialogue.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.plans.Activity;
import org.citydialogue.plans.ActivityStatus;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.NewActivity;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.SteeringReviews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan workspace as a Jinan member sees it while a Västerås colleague works in it at the same
 * time (on another thread, as in another session or on another node; changes come back through the
 * database's events and the view's {@code ui.access}, whose tasks the test runs as a push would).
 */
class PlanViewTest extends BrowserlessAppTest {

    private static final String PLAN = "plans/vasteras-jinan";
    private static final int TITLE = 0;
    private static final int RESCHEDULE = 5;

    @Autowired
    Plans plans;

    @Autowired
    SteeringReviews reviews;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void a_jinan_member_sees_a_vasteras_project_leads_new_activity_and_who_is_viewing_without_reloading()
            throws Exception {
        SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        openActivities();
        int before = test(activities()).size();

        asAnna(anna -> plans.addActivity(anna, "vasteras-jinan", new NewActivity(false,
                LocalizedText.of(SupportedLanguage.SV, "Studiebesök på kontaktcentret"), new LocalizedText(Map.of()),
                "vasteras", "anna.agent", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16),
                ActivityStatus.PLANNED, List.of())));

        waitUntilShown(() -> test(activities()).size() == before + 1);
        int row = row("Studiebesök på kontaktcentret");
        assertThat(cell(row, TITLE)).contains("尚未翻译");
        assertThat(test(activities()).getCellText(row, 1)).startsWith("Anna Lindqvist");
        waitUntilShown(() -> $(AvatarGroup.class).id("plan-viewers").getItems().stream()
                .anyMatch(item -> item.getName().startsWith("李娜")));
    }

    @Test
    void a_change_opened_before_a_colleagues_save_is_refused_with_a_message_in_the_readers_language()
            throws Exception {
        StaffUser li = SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        openActivities();
        Activity midterm = plans.plan(li, "vasteras-jinan").orElseThrow().activities().stream()
                .filter(a -> a.title().in(SupportedLanguage.EN).orElse("").equals("Mid-term steering review"))
                .findFirst().orElseThrow();
        ((Button) test(activities()).getCellComponent(row("指导小组中期评审"), RESCHEDULE)).click();

        asAnna(anna -> {
            plans.rescheduleActivity(anna, "vasteras-jinan", midterm.id(), midterm.version(),
                    midterm.startsOn().plusDays(14), midterm.endsOn().plusDays(14), ActivityStatus.PLANNED);
            return null;
        });
        $(Button.class).id("activity-save").click();

        assertThat($(Notification.class).id("plan-error").getElement().getProperty("text"))
                .startsWith("其他人已同时保存了修改");
        assertThat(plans.plan(li, "vasteras-jinan").orElseThrow().activities()).filteredOn(a -> a.id() == midterm.id())
                .singleElement().satisfies(a -> assertThat(a.startsOn()).isEqualTo(midterm.startsOn().plusDays(14)));
    }

    @Test
    void a_jinan_steering_member_signs_off_a_review_prepared_in_vasteras_and_it_then_awaits_vasteras()
            throws Exception {
        StaffUser zhang = SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        openApp();
        navigate(PLAN, PlanView.class);
        $(TabSheet.class).id("plan-tabs").setSelectedIndex(5);

        asAnna(anna -> reviews.open(anna, "vasteras-jinan", LocalDate.of(2029, 1, 1), LocalDate.of(2029, 6, 30)));
        waitUntilShown(() -> $(Button.class).withId("review-sign").exists());
        $(Button.class).id("review-sign").click();

        waitUntilShown(() -> !$(Button.class).withId("review-sign").exists());
        assertThat($(Paragraph.class).id("review-state").getText()).contains("韦斯特罗斯").doesNotContain("济南");
        assertThat(reviews.reviews(zhang, "vasteras-jinan")).filteredOn(r -> r.periodFrom().getYear() == 2029)
                .singleElement().satisfies(r -> assertThat(r.awaitingSignOff()).containsExactly("vasteras"));
    }

    @Test
    void every_text_of_the_workspace_comes_from_the_catalogues() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        PlanView view = navigate(PLAN, PlanView.class);
        HardCodedTextGuard.assertNoHardCodedText(view);
    }

    /** The plan, on its activities tab (a tab's content is only there while it is selected). */
    private void openActivities() {
        navigate(PLAN, PlanView.class);
        $(TabSheet.class).id("plan-tabs").setSelectedIndex(1);
    }

    @SuppressWarnings("unchecked")
    private Grid<Activity> activities() {
        return $(Grid.class).id("activities");
    }

    private int row(String title) {
        var tester = test(activities());
        for (int row = 0; row < tester.size(); row++) {
            if (cell(row, TITLE).contains(title)) {
                return row;
            }
        }
        throw new AssertionError("No activity " + title);
    }

    private String cell(int row, int column) {
        return test(activities()).getCellComponent(row, column).getElement().getTextRecursively();
    }

    /** Anna Lindqvist, Västerås project group, works on a thread and session of her own. */
    private static <T> T asAnna(Function<StaffUser, T> work) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
            try {
                return work.apply(anna);
            } finally {
                SignedInStaff.signOut();
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
