package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff use cases in a real browser (headless Chromium) against the whole app: sign-in through
 * the tenant's built-in issuer, the shell in the tenant's language, tenant isolation by URL and
 * header, and a kept language choice. Screenshots go to {@code target/screenshots}.
 */
@AppTest
class EndToEndTest extends BrowserTest {

    /** A well-formed PKCE challenge: the built-in issuers require one. */
    private static final String PKCE = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256";

    @Autowired
    private StaffDirectory staffDirectory;

    @Autowired
    private TenantDirectory tenants;

    @Test
    void vasteras_agent_signs_in_and_works_in_swedish() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/signin"));
        Locator vasteras = page.locator("#signin-vasteras");
        assertThat(vasteras).isVisible();
        vasteras.click();

        assertThat(page).hasURL(url("/auth/vasteras/login"));
        assertThat(page.locator("h1")).hasText("Västerås stad");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form).containsText("Logga in");
        assertThat(form).containsText("Användarnamn");
        screenshot("signin-sv.png");

        submit("anna.agent", "demo");

        assertThat(page).hasURL(home());
        assertThat(page.locator("#city-name")).hasText("Västerås stad");
        assertThat(page.locator("#welcome")).hasText("Välkommen, Anna Lindqvist!");
        assertThat(page.locator("vaadin-side-nav")).containsText("Start");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        screenshot("shell-sv.png");
    }

    @Test
    void jinan_agent_signs_in_and_works_in_chinese() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/signin"));
        page.locator("#signin-jinan").click();

        assertThat(page).hasURL(url("/auth/jinan/login"));
        assertThat(page.locator("h1")).hasText("济南市");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form).containsText("登录");
        assertThat(form).containsText("用户名");
        screenshot("signin-zh-Hans.png");

        submit("li.agent", "demo");

        assertThat(page).hasURL(home());
        assertThat(page.locator("#city-name")).hasText("济南市");
        assertThat(page.locator("#welcome")).hasText("欢迎您，李娜！");
        assertThat(page.locator("vaadin-side-nav")).containsText("首页");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
        screenshot("shell-zh-Hans.png");
    }

    @Test
    void staff_of_one_city_never_reach_another_citys_data_by_url_or_header() {
        List<String> jinanData = jinanData();
        List<String> vasterasNames = TenantContext.call("vasteras", () -> staffDirectory.accounts())
                .stream().map(StaffAccount::displayName).toList();
        Assertions.assertThat(jinanData).contains("李娜", "li.agent");
        Assertions.assertThat(vasterasNames).contains("Anna Lindqvist", "Sara Ekström");

        // An agent of Västerås.
        signIn("vasteras", "anna.agent");
        assertThat(page.locator("#welcome")).containsText("Anna Lindqvist");

        // The Jinan issuer asked for a code for the Västerås client: refused, nothing issued.
        String vasterasClientAtJinan = "/auth/jinan/oauth2/authorize?response_type=code&client_id=citydialogue-vasteras"
                + "&scope=openid%20profile&state=e2e" + PKCE + "&redirect_uri=" + url("/login/oauth2/code/vasteras");
        APIResponse direct = context.request().get(url(vasterasClientAtJinan),
                RequestOptions.create().setMaxRedirects(0));
        Assertions.assertThat(String.valueOf(direct.headers().get("location"))).doesNotContain("code=");
        Assertions.assertThat(direct.text()).doesNotContain(jinanData);
        Assertions.assertThat(direct.status()).as("Västerås client at the Jinan issuer").isBetween(400, 499);
        visit(vasterasClientAtJinan);
        Assertions.assertThat(page.url()).doesNotContain("code=");
        assertShowsNone(jinanData);

        // The Jinan issuer with its own client: Anna's Västerås sign-in does not count there.
        String jinanClient = "/auth/jinan/oauth2/authorize?response_type=code&client_id=citydialogue-jinan"
                + "&scope=openid%20profile&state=e2e" + PKCE + "&redirect_uri=" + url("/login/oauth2/code/jinan");
        visit(jinanClient);
        assertThat(page).hasURL(url("/auth/jinan/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertShowsNone(jinanData);

        // Starting a Jinan sign-in, forging its return, or naming Jinan anywhere shows no Jinan data.
        for (String path : List.of("/oauth2/authorization/jinan", "/login/oauth2/code/jinan?code=forged&state=forged",
                "/auth/jinan/userinfo", "/auth/jinan/login?tenant=jinan", "/?tenant=jinan", "/jinan",
                "/staff?tenant=jinan")) {
            visit(path);
            Assertions.assertThat(page.url()).as(path).doesNotContain("code=");
            assertShowsNone(jinanData);
        }

        // Still Anna of Västerås, and an agent may not open the staff list at all.
        visit("/");
        assertThat(page.locator("#city-name")).hasText("Västerås stad");
        assertThat(page.locator("#welcome")).containsText("Anna Lindqvist");
        assertStaffListRefused();

        // A supervisor of Västerås sees Västerås staff only, whatever the URL or headers say.
        restartBrowserContext();
        signIn("vasteras", "sara.supervisor");
        assertThat(page.locator("#city-name")).hasText("Västerås stad");

        for (String path : List.of("/staff", "/staff?tenant=jinan")) {
            visit(path);
            Assertions.assertThat(staffGridText()).as(path).contains(vasterasNames);
            assertShowsNone(jinanData);
        }
        page.setExtraHTTPHeaders(Map.of("X-Tenant", "jinan", "X-Tenant-Id", "jinan"));
        visit("/staff?tenant=jinan");
        Assertions.assertThat(staffGridText()).as("with X-Tenant: jinan").contains(vasterasNames);
        assertShowsNone(jinanData);
    }

    @Test
    void agent_switches_to_english_and_the_choice_is_kept_across_sign_in() {
        signIn("vasteras", "anna.agent");
        assertThat(page.locator("#welcome")).hasText("Välkommen, Anna Lindqvist!");
        assertThat(page.locator("vaadin-side-nav")).containsText("Start");

        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();

        assertThat(page.locator("#welcome")).hasText("Welcome, Anna Lindqvist!");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        // The city keeps its own name in the shell; the language only changes the interface.
        assertThat(page.locator("#city-name")).isVisible();

        signOut("Sign out");
        assertThat(page.locator("#signin-vasteras")).isVisible();

        signIn("vasteras", "anna.agent");
        assertThat(page.locator("#welcome")).hasText("Welcome, Anna Lindqvist!");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    // --- helpers ---

    /** Names, usernames and departments of Jinan, read from Jinan's own store and tenant file. */
    private List<String> jinanData() {
        List<String> data = new ArrayList<>();
        for (StaffAccount account : TenantContext.call("jinan", () -> staffDirectory.accounts())) {
            data.add(account.displayName());
            data.add(account.username());
        }
        tenants.require("jinan").departments()
                .forEach(d -> data.add(d.name(java.util.Locale.forLanguageTag("zh-Hans"))));
        return data;
    }

    private void assertShowsNone(List<String> jinanData) {
        Assertions.assertThat(shown()).as("page at %s", page.url()).doesNotContain(jinanData);
    }

    /** The page's markup and text; after an HTTP error Chromium may still be swapping in its own page. */
    private String shown() {
        for (int attempt = 1; ; attempt++) {
            try {
                page.waitForLoadState(LoadState.LOAD);
                return page.content() + "\n" + page.locator("body").innerText();
            } catch (PlaywrightException navigating) {
                if (attempt == 5) {
                    throw navigating;
                }
                page.waitForTimeout(200);
            }
        }
    }

    private String staffGridText() {
        Locator grid = page.locator("#staff-grid");
        assertThat(grid).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Sara Ekström")))
                .not().hasCount(0);
        return String.join("\n", grid.locator("vaadin-grid-cell-content").allTextContents());
    }

    private void assertStaffListRefused() {
        visit("/staff");
        assertThat(page).hasURL(url("/staff"));
        // Refused pages look like missing ones, so a refusal does not confirm the page exists.
        assertThat(page.locator("#not-found")).isVisible();
        Assertions.assertThat(page.locator("#staff-grid").count()).isZero();
        Assertions.assertThat(page.locator("body").innerText()).doesNotContain("Sara Ekström", "Hans Berg");
    }
}
