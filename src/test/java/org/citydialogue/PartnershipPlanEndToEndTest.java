package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Two cities in one plan, in two browsers: a Västerås project group member and a Jinan one open the
 * joint plan at the same time, each sees the other among the viewers, and an activity added in
 * Västerås (in Swedish) appears in Jinan's open plan without a reload, marked as not yet
 * translated, where the Jinan member adds the Chinese title, which Västerås then also has.
 */
@AppTest
class PartnershipPlanEndToEndTest extends BrowserTest {

    @Test
    void an_activity_added_in_vasteras_appears_live_in_jinan_and_is_translated_there() {
        String title = "Studiebesök på 12345 " + UUID.randomUUID().toString().substring(0, 6);
        signIn("vasteras", "anna.agent");
        Page anna = page;
        openPlan(anna, "Aktiviteter");

        Page li = signInSecondBrowser("jinan", "li.agent", "zh-CN");
        openPlan(li, "活动");

        seesViewer(li, "Anna Lindqvist");
        seesViewer(anna, "李娜");

        page = anna;
        anna.locator("#add-activity").click();
        anna.locator("#activity-title input").fill(title);
        anna.locator("#activity-starts input").fill("2027-04-12");
        anna.locator("#activity-starts input").press("Enter");
        anna.locator("#activity-ends input").fill("2027-04-16");
        anna.locator("#activity-ends input").press("Enter");
        anna.locator("#activity-save").click();
        assertThat(anna.locator("#activities")).containsText(title);

        // No reload in Jinan: the row arrives by push, in Swedish, marked as not yet translated.
        Locator row = li.locator("#activities vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title));
        assertThat(row).containsText("尚未翻译");
        page = li;
        screenshot("plan-jinan-sees-new-activity.png");

        row.locator("vaadin-button.translate").click();
        li.locator("#translation textarea").fill("考察12345热线");
        li.locator("#translation-save").click();
        assertThat(li.locator("#activities")).containsText("考察12345热线");

        page = anna;
        anna.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Tidslinje")).click();
        assertThat(anna.locator("#plan-gantt svg")).isVisible();
        assertThat(anna.locator("#plan-gantt")).containsText(title);
        screenshot("plan-vasteras-timeline.png");
        Assertions.assertThat(anna.locator("#plan-gantt .bar-wrapper").count()).isGreaterThanOrEqualTo(9);
    }

    private void openPlan(Page browserPage, String activitiesTab) {
        page = browserPage;
        visit("/plans/vasteras-jinan");
        assertThat(browserPage.locator("#plan-title")).isVisible();
        browserPage.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(activitiesTab)).click();
        assertThat(browserPage.locator("#activities")).isVisible();
    }

    /** Waits until the avatar group of who is viewing names {@code name}. */
    private static void seesViewer(Page browserPage, String name) {
        browserPage.waitForFunction("name => ((document.querySelector('#plan-viewers') || {}).items || [])"
                + ".some(item => item.name.includes(name))", name);
    }
}
