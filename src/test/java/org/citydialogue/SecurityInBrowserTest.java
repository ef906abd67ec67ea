package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SecurityHeaders;
import org.citydialogue.identity.SignedInStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app works in a real browser under its Content-Security-Policy (the browser reports every
 * violation: a {@code securitypolicyviolation} event, echoed to the console, and Chromium's own
 * console errors), sends its security headers on every page, gives a new session at sign-in and
 * forgets it at sign-out.
 */
@AppTest
class SecurityInBrowserTest extends BrowserTest {

    /** Runs in every document before the page's own scripts. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error(
                'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @Autowired
    private Cases cases;

    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenForPolicyViolations() {
        watch(context);
    }

    private void watch(BrowserContext browserContext) {
        browserContext.addInitScript(REPORT_VIOLATIONS);
        browserContext.onPage(this::watch);
        browserContext.pages().forEach(this::watch);
    }

    private void watch(Page watched) {
        watched.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("CSP violation") || text.contains("Content Security Policy")
                    || text.contains("Permissions-Policy") || text.contains("Refused to")) {
                problems.add(watched.url() + ": " + text);
            }
        });
    }

    @AfterEach
    void noPolicyWasViolated() {
        Assertions.assertThat(problems).as("CSP and Permissions-Policy problems reported by Chromium").isEmpty();
    }

    @Test
    void an_agent_signs_in_registers_a_case_and_sees_a_colleagues_change_pushed_with_no_policy_violation() {
        Response signInPage = page.navigate(url("/signin"));
        assertSecurityHeaders(signInPage);
        page.locator("#signin-vasteras").click();
        assertThat(page).hasURL(url("/auth/vasteras/login"));
        submit("anna.agent", "demo");
        assertThat(page).hasURL(home());
        assertThat(page.locator("#welcome")).hasText("Välkommen, Anna Lindqvist!");

        // The queue, then a colleague's new case arrives over Vaadin push (a WebSocket: connect-src).
        Response queue = page.navigate(url("/cases"));
        assertSecurityHeaders(queue);
        settle();
        String countBefore = page.locator("#queue-count").innerText();
        String description = "Nedfallen gren över cykelbanan. " + UUID.randomUUID();
        ResidentCase registered = asColleague(description);
        assertThat(page.locator("#queue-count")).not().hasText(countBefore);
        assertThat(page.locator("#case-queue")).containsText(registered.reference());

        // The case view, its dialogs' overlays and styles.
        visit("/cases/" + registered.id());
        assertThat(page.locator("#case-description")).hasText(description);
        visit("/cases/new");
        assertThat(page.locator("#intake-kind")).isVisible();
        screenshot("csp-intake-sv.png");
    }

    @Test
    void signing_in_gives_a_new_session_and_signing_out_ends_it_so_back_shows_no_data() {
        page.navigate(url("/signin"));
        String before = sessionId(context).orElseThrow(() -> new AssertionError("no session before sign-in"));

        signIn("vasteras", "sara.supervisor");
        String signedIn = sessionId(context).orElseThrow();
        Assertions.assertThat(signedIn).as("session id after sign-in (session fixation)").isNotEqualTo(before);
        visit("/staff");
        assertThat(page.locator("#staff-grid")).containsText("Sara Ekström");

        // The session id from before sign-in grants nothing.
        assertSignedOutWith(before);

        signOut("Logga ut");
        // Back: the page is fetched again (responses are never cached) and the server refuses it.
        page.goBack();
        settle();
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/(signin|auth/vasteras/login).*"));
        Assertions.assertThat(page.content()).doesNotContain("Sara Ekström", "Hans Berg");
        // The signed-in session is gone on the server: its id no longer signs anyone in.
        assertSignedOutWith(signedIn);
    }

    @Test
    void strict_transport_security_is_sent_when_the_load_balancer_says_the_request_came_over_https() {
        var viaHttps = context.request().get(url("/signin"),
                RequestOptions.create().setHeader("X-Forwarded-Proto", "https"));
        Assertions.assertThat(viaHttps.headers()).containsEntry("strict-transport-security",
                "max-age=31536000 ; includeSubDomains");
        // Over plain HTTP the header means nothing to a browser and is left out.
        Assertions.assertThat(context.request().get(url("/signin")).headers())
                .doesNotContainKey("strict-transport-security");
    }

    /** A fresh browser carrying only the given session cookie is sent to sign in. */
    private void assertSignedOutWith(String sessionId) {
        BrowserContext other = browser.newContext();
        watch(other);
        try {
            other.addCookies(List.of(new Cookie("JSESSIONID", sessionId).setDomain("localhost").setPath("/")));
            var otherPage = other.newPage();
            otherPage.navigate(url("/staff"));
            assertThat(otherPage).hasURL(url("/signin"));
            Assertions.assertThat(otherPage.content()).doesNotContain("Sara Ekström");
        } finally {
            other.close();
        }
    }

    private static java.util.Optional<String> sessionId(BrowserContext browserContext) {
        return browserContext.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst();
    }

    private static void assertSecurityHeaders(Response response) {
        Map<String, String> headers = response.allHeaders();
        Assertions.assertThat(headers)
                .containsEntry("content-security-policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "same-origin")
                .containsEntry("permissions-policy", SecurityHeaders.PERMISSIONS_POLICY)
                .containsEntry("x-frame-options", "DENY");
        Assertions.assertThat(headers.get("cache-control")).contains("no-store");
    }

    private ResidentCase asColleague(String description) {
        var sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        try {
            return cases.register(sara, new NewCase("complaint", "phone", "streets-parks", description,
                    "Cykelbanan vid Mälaren", "Eva Svensson", "eva@example.se", "021-123 45", "sv"));
        } finally {
            SignedInStaff.signOut();
        }
    }
}
