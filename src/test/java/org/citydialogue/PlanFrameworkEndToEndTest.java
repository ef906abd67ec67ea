package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The plan's framework edited in two browsers: a Jinan project group member adds a risk and a
 * document link in Chinese; the link is first refused for not being a web address (the dialog stays
 * open with what was typed); a Västerås member with the plan open sees both without a reload.
 */
@AppTest
class PlanFrameworkEndToEndTest extends BrowserTest {

    @Test
    void a_risk_and_a_document_added_in_jinan_appear_live_in_vasteras() {
        String risk = "口译人员不足 " + UUID.randomUUID().toString().substring(0, 6);
        signIn("vasteras", "anna.agent");
        Page anna = page;
        openRisks(anna, "Risker och dokument");

        Page li = signInSecondBrowser("jinan", "li.agent", "zh-CN");
        openRisks(li, "风险与文件");

        li.locator("#add-risk").click();
        li.locator("#risk-title textarea").fill(risk);
        li.locator("#risk-likelihood input").fill("4");
        li.locator("#risk-impact input").fill("3");
        li.locator("#risk-mitigation textarea").fill("提前两个月预订口译");
        li.locator("#risk-save").click();
        assertThat(li.locator("#risks")).containsText(risk);

        li.locator("#add-document").click();
        li.locator("#document-title textarea").fill("访问日程");
        li.locator("#document-url input").fill("javascript:alert(1)");
        li.locator("#document-save").click();
        assertThat(li.locator("vaadin-notification-card").last()).containsText("http://");
        assertThat(li.locator("#document-title textarea")).hasValue("访问日程");
        li.locator("#document-url input").fill("https://www.icld.se/");
        li.locator("#document-save").click();
        screenshot("plan-jinan-adds-risk-and-document.png");

        // No reload in Västerås: both arrive by push.
        page = anna;
        assertThat(anna.locator("#risks")).containsText(risk);
        assertThat(anna.locator("#documents")).containsText("访问日程");
        screenshot("plan-vasteras-sees-jinan-risk.png");
    }

    private void openRisks(Page browserPage, String risksTab) {
        page = browserPage;
        visit("/plans/vasteras-jinan");
        assertThat(browserPage.locator("#plan-title")).isVisible();
        browserPage.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(risksTab)).click();
        assertThat(browserPage.locator("#risks")).isVisible();
    }
}
