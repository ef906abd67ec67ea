package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view, in every language, checked by axe-core in Chromium against WCAG 2.1 A and AA: no
 * violations, and the page's {@code lang} is the language shown. Views come from Vaadin's route
 * registry; each is opened by a Västerås supervisor, or by the tenant admin where only an admin may.
 * Screenshots: {@code target/screenshots/a11y-<language>-<view>.png}.
 */
@AppTest
class AccessibilityTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** A tenant whose staff start in each language, for the sign-in pages of its issuer. */
    private static final Map<String, String> TENANT_SPEAKING = Map.of("sv", "vasteras", "en", "icld", "zh-Hans", "jinan");

    @Autowired
    private ServletContext servletContext;
    @Autowired
    private Cases cases;

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "zh-Hans"})
    void every_view_passes_axe_in(String language) {
        ResidentCase aCase = aCase();
        List<String> violations = new ArrayList<>();
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        // Pages for those not signed in yet: in the browser's language, or the issuer's tenant's.
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language)
                .setViewportSize(1280, 800));
        page = context.newPage();
        String signedInAs = null;
        for (RouteData route : routes.stream().sorted(Comparator
                .comparing((RouteData r) -> Objects.toString(opener(r), "")).thenComparing(RouteData::getTemplate)).toList()) {
            String path = route.getTemplate().replaceAll(":id\\([^/]*\\)", String.valueOf(aCase.id()))
                    .replaceAll(":partnership\\([^/]*\\)", "vasteras-jinan")
                    .replace(":tenant", TENANT_SPEAKING.get(language));
            String who = opener(route);
            if (who != null && !who.equals(signedInAs)) {
                // Signed in once so that a profile exists to keep the language in, then again in it.
                restartBrowserContext();
                signIn("vasteras", who);
                chooseLanguage(who, language);
                restartBrowserContext();
                signIn("vasteras", who);
                signedInAs = who;
            }
            check(path, language, violations);
        }
        Assertions.assertThat(violations).isEmpty();
    }

    private void check(String path, String language, List<String> violations) {
        visit("/" + path);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        screenshot("a11y-" + language + "-" + (path.isEmpty() ? "home" : path.replace('/', '_')) + ".png");
        var results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        Assertions.assertThat(results.getPasses()).as("rules axe checked on /%s", path).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().stream().filter(node -> !vaadinTabsScroller(rule, node)).forEach(node -> violations.add("/" + path + " [" + language + "] " + rule.getId()
                    + " (" + rule.getImpact() + "): " + node.getTarget() + " " + node.getFailureSummary()));
        }
    }

    /**
     * Vaadin's own {@code <vaadin-tabs>} (used by TabSheet) keeps a focusable scroll container in its
     * shadow DOM, which axe reads as a child a tablist may not have. Known upstream, not ours to fix
     * in our views; every other finding on the same page still counts.
     */
    private static boolean vaadinTabsScroller(Rule rule, com.deque.html.axecore.results.CheckedNode node) {
        return rule.getId().equals("aria-required-children") && node.getTarget().toString().contains("vaadin-tabs")
                && node.getFailureSummary().contains("div[tabindex]");
    }

    /** The staff member to open the view as; null for views everyone (signed in or not) may open. */
    private static String opener(RouteData route) {
        Class<?> view = route.getNavigationTarget();
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return view.isAnnotationPresent(PermitAll.class) ? "sara.supervisor" : null;
        }
        List<String> named = Arrays.asList(view.getAnnotation(RolesAllowed.class).value());
        return named.contains(Role.SUPERVISOR.name()) ? "sara.supervisor" : "adam.admin";
    }

    private void chooseLanguage(String username, String language) {
        TenantContext.run("vasteras", () -> jdbc.sql("update staff_profile set locale = ? where username = ?")
                .params(language, username).update());
    }

    private ResidentCase aCase() {
        var sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        try {
            return cases.register(sara, new NewCase("complaint", "phone", "streets-parks",
                    "Trasig belysning i gångtunneln. " + UUID.randomUUID(), "Gångtunneln vid stationen",
                    "Eva Svensson", "eva@example.se", "021-123 45", "sv"));
        } finally {
            SignedInStaff.signOut();
        }
    }
}
