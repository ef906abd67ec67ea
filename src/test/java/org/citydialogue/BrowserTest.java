package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the browser tests share: one headless Chromium per class, a fresh English-speaking browser
 * context per test (so the tenant's language must win), sign-in through the tenant's built-in
 * issuer and out through the user menu, waiting for Vaadin to settle, and screenshots into
 * {@code target/screenshots}. Subclasses are {@link AppTest}s.
 */
// The browser flows get an app of their own: in the full suite, the context shared by the other
// HTTP tests ended up refusing these sign-ins (signin?error) after many test classes had used it,
// which did not happen when the browser tests ran alone. Not yet understood; see the README.
@TestPropertySource(properties = "citydialogue.test.context=browser")
abstract class BrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** The first page of a Vaadin dev-mode app can take a while; later waits are quicker. */
    static final double SLOW = 30_000;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    private BrowserContext secondContext;
    Page page;
    /** Requests of this test's browser contexts not yet answered, with when they were sent. */
    private final Map<Request, Long> unanswered = new ConcurrentHashMap<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    /**
     * A failed test says what the browser was doing (before the contexts close): a screenshot
     * ({@code failed-<test>.png}), the address, uncaught script errors, and the requests the server
     * had not answered — a page stuck loading tells a slow or blocked request from a page that broke.
     */
    @RegisterExtension
    final AfterTestExecutionCallback whatTheBrowserWasDoing = test -> test.getExecutionException().ifPresent(e -> {
        if (page == null || page.isClosed()) {
            return;
        }
        String name = test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName();
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("failed-" + name + ".png")));
        } catch (PlaywrightException unavailable) {
            System.err.println(name + ": no screenshot (" + unavailable.getMessage().lines().findFirst().orElse("") + ")");
        }
        long now = System.currentTimeMillis();
        System.err.printf("%s failed at %s; script errors: %s; unanswered requests:%n", name, page.url(), pageErrors);
        unanswered.forEach((request, since) -> System.err.printf("  %s %s for %d ms%n", request.method(),
                request.url(), now - since));
    });

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
        openContext();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
        if (secondContext != null) {
            secondContext.close();
            secondContext = null;
        }
    }

    /**
     * A second person at another computer: a browser context of its own (own cookies, own session)
     * in the given browser language, signed in as {@code username} of {@code tenant}. Leaves
     * {@code page} on that person's page and answers it.
     */
    Page signInSecondBrowser(String tenant, String username, String browserLocale) {
        secondContext = browser.newContext(new Browser.NewContextOptions()
                .setLocale(browserLocale).setViewportSize(1280, 800));
        secondContext.setDefaultTimeout(SLOW);
        track(secondContext);
        page = secondContext.newPage();
        signIn(tenant, username);
        return page;
    }

    /** Starts over in a new browser context: no cookies, no session. */
    void restartBrowserContext() {
        context.close();
        openContext();
    }

    private void openContext() {
        // An English browser: the tenant's language must win over it until staff choose another.
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(SLOW);
        context.setDefaultNavigationTimeout(SLOW);
        track(context);
        page = context.newPage();
    }

    private void track(BrowserContext tracked) {
        tracked.onRequest(request -> unanswered.put(request, System.currentTimeMillis()));
        tracked.onRequestFinished(unanswered::remove);
        tracked.onRequestFailed(unanswered::remove);
        tracked.onPage(opened -> opened.onPageError(error -> pageErrors.add(opened.url() + ": " + error)));
    }

    /** The shell's start page; after sign-in Spring Security may add {@code ?continue}. */
    Pattern home() {
        // No Pattern.quote: Playwright hands the pattern to JavaScript, which has no \\Q...\\E.
        return Pattern.compile("^http://localhost:" + port + "/(\\?continue)?$");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** From the start page through the tenant's built-in login page back into the shell. */
    void signIn(String tenant, String username) {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/signin"));
        page.locator("#signin-" + tenant).click();
        assertThat(page).hasURL(url("/auth/" + tenant + "/login"));
        submit(username, "demo");
        assertThat(page).hasURL(home());
        assertThat(page.locator("#welcome")).isVisible();
    }

    void submit(String username, String password) {
        Locator form = page.locator("vaadin-login-form");
        form.locator("input[name=username]").fill(username);
        form.locator("input[name=password]").fill(password);
        form.locator("vaadin-button[slot=submit], vaadin-button[theme~=submit]").first().click();
    }

    /** Signs out through the user menu and waits for the sign-in page. */
    void signOut(String signOutText) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        Locator signOut = page.locator("#sign-out");
        assertThat(signOut).hasText(signOutText);
        signOut.click();
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/signin(\\?.*)?$"));
    }

    /**
     * Opens {@code path} in the browser and waits for Vaadin to settle; answers the HTTP status, or
     * -1 when the server answered an error with an empty body (Chromium then shows its own page).
     */
    int visit(String path) {
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
    void settle() {
        page.waitForFunction("() => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * A picture of the whole view. The app layout scrolls the view inside itself, so a full-page
     * shot alone would stop at the window's edge: the window grows to the view's height first.
     */
    void screenshot(String name) {
        settle();
        page.evaluate("() => document.fonts.ready");
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate("() => {"
                + "  const layout = document.querySelector('vaadin-app-layout');"
                + "  const view = layout && [...layout.children].find(c => !c.slot);"
                + "  return view ? Math.ceil(view.getBoundingClientRect().top + view.scrollHeight) : 0;"
                + "}")).intValue();
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, height);
            settle();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
        page.setViewportSize(viewport.width, viewport.height);
    }

    /** Waits until the Vaadin field with this id has the keyboard focus. */
    void focused(String id) {
        assertThat(page.locator("#" + id)).hasAttribute("focused", "");
    }

    /** In the focused combo box: types a choice's name, waits for it to be offered, and Tabs on. */
    void choose(String name) {
        page.keyboard().type(name);
        assertThat(page.getByRole(AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(name).setExact(true))).isVisible();
        page.keyboard().press("Tab");
    }
}
