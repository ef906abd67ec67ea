package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff use cases in a real browser (headless Chromium) against the whole app: sign-in through
 * the tenant's built-in issuer, the shell in the tenant's language, tenant isolation by URL and
 * header, and a kept language choice. Screenshots go to {@code target/screenshots}.
 */
@AppTest
class EndToEndTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** The first page of a Vaadin dev-mode app can take a while; later waits are quicker. */
    private static final double SLOW = 30_000;

    /** A well-formed PKCE challenge: the built-in issuers require one. */
    private static final String PKCE = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            + "&code_challenge_method=S256";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private StaffDirectory staffDirectory;

    @Autowired
    private TenantDirectory tenants;

    @Autowired
    private JdbcClient jdbc;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "No Chromium at " + CHROMIUM + ": skipping the browser tests (install the Debian package chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(SLOW);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newBrowserContext() {
        // A kept language choice would change what the next test sees: start from none.
        TenantContext.run("vasteras", () -> jdbc.sql("update staff_profile set locale = null").update());
        TenantContext.run("jinan", () -> jdbc.sql("update staff_profile set locale = null").update());
        // An English browser: the tenant's language must win over it until staff choose another.
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(SLOW);
        context.setDefaultNavigationTimeout(SLOW);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
    }

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
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        context.setDefaultTimeout(SLOW);
        page = context.newPage();
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

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        Locator signOut = page.locator("#sign-out");
        assertThat(signOut).hasText("Sign out");
        signOut.click();
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/signin(\\?.*)?$"));
        assertThat(page.locator("#signin-vasteras")).isVisible();

        signIn("vasteras", "anna.agent");
        assertThat(page.locator("#welcome")).hasText("Welcome, Anna Lindqvist!");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    // --- helpers ---

    /** The shell's start page; after sign-in Spring Security may add {@code ?continue}. */
    private Pattern home() {
        // No Pattern.quote: Playwright hands the pattern to JavaScript, which has no \\Q...\\E.
        return Pattern.compile("^http://localhost:" + port + "/(\\?continue)?$");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** From the start page through the tenant's built-in login page back into the shell. */
    private void signIn(String tenant, String username) {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/signin"));
        page.locator("#signin-" + tenant).click();
        assertThat(page).hasURL(url("/auth/" + tenant + "/login"));
        submit(username, "demo");
        assertThat(page).hasURL(home());
        assertThat(page.locator("#welcome")).isVisible();
    }

    private void submit(String username, String password) {
        Locator form = page.locator("vaadin-login-form");
        form.locator("input[name=username]").fill(username);
        form.locator("input[name=password]").fill(password);
        form.locator("vaadin-button[slot=submit], vaadin-button[theme~=submit]").first().click();
    }

    /**
     * Opens {@code path} in the browser and waits for Vaadin to settle; answers the HTTP status, or
     * -1 when the server answered an error with an empty body (Chromium then shows its own page).
     */
    private int visit(String path) {
        try {
            Response response = page.navigate(url(path));
            settle();
            return response == null ? 0 : response.status();
        } catch (PlaywrightException e) {
            if (!String.valueOf(e.getMessage()).contains("ERR_HTTP_RESPONSE_CODE_FAILURE")) {
                throw e;
            }
            page.waitForLoadState(LoadState.LOAD);
            return -1;
        }
    }

    /** Waits until every Vaadin client on the page (if any) has no request under way. */
    private void settle() {
        page.waitForFunction("() => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private void screenshot(String name) {
        settle();
        page.evaluate("() => document.fonts.ready");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

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
