package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.citydialogue.benchmarks.BenchmarkPublications;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The partnership dashboard in a real browser: the ECharts charts draw (from the committed bundle,
 * no Node needed), beside their tables, in Swedish for Västerås and in Chinese for Jinan. Both cities
 * have half a year of generated history and publish a few KPIs first.
 */
@AppTest
@TestPropertySource(properties = {"citydialogue.test.context=benchmark-browser",
    "citydialogue.demo.case-history-days=200", "citydialogue.benchmarks.refresh-ms=2000"})
class BenchmarkDashboardBrowserTest extends BrowserTest {

    private static boolean published;

    @Autowired
    BenchmarkPublications publications;

    @BeforeEach
    void bothCitiesPublishTheLastSixMonths() {
        if (published) {
            return;
        }
        YearMonth to = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        publish("vasteras", "adam.admin", List.of("promise-kept", "response-rate", "answered-2wd"), to);
        publish("jinan", "chen.admin", List.of("promise-kept", "response-rate", "urge-rate"), to);
        SignedInStaff.signOut();
        published = true;
    }

    /** Publishes once the rollups (refreshed every 2 s here) hold the generated history. */
    private void publish(String tenant, String admin, List<String> kpis, YearMonth to) {
        var staff = SignedInStaff.as(tenant, admin, admin, Role.TENANT_ADMIN);
        await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                publications.publish(staff, "vasteras-jinan", kpis, to.minusMonths(5), to).cells() > 6 * kpis.size());
    }

    @Test
    void vasteras_supervisor_sees_the_partnership_dashboard_in_swedish() {
        signIn("vasteras", "sara.supervisor");
        visit("/benchmarks");

        Locator trend = page.locator("#benchmark-trend-chart svg");
        assertThat(trend).isVisible();
        assertThat(page.locator("#benchmark-trend-table")).containsText("Partnerskapets medel");
        assertThat(page.locator("#benchmark-trend-table")).containsText("Jinan");
        assertThat(page.locator("#benchmark-own-table")).containsText("Gator och parker");
        // Jinan's parts as Jinan published them, its categories named in Swedish.
        assertThat(page.locator("#benchmark-published-table")).containsText("Bostäder");
        assertThat(page.locator("#benchmark-trend-chart path").first()).isAttached();
        screenshot("benchmarks-sv.png");
    }

    @Test
    void jinan_supervisor_sees_it_in_chinese() {
        signIn("jinan", "zhang.supervisor");
        visit("/benchmarks");

        assertThat(page.locator("#benchmark-trend-chart svg")).isVisible();
        assertThat(page.locator("#benchmark-trend-table")).containsText("伙伴平均值");
        assertThat(page.locator("#benchmark-trend-table")).containsText("韦斯特罗斯");
        assertThat(page.locator("#benchmark-own-table")).containsText("交通出行");
        assertThat(page.locator("#benchmark-published-table")).containsText("街道与公园");
        screenshot("benchmarks-zh-Hans.png");
    }
}
