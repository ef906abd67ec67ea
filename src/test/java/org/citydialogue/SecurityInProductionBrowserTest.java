package org.citydialogue;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link SecurityInBrowserTest} against what users get: Vaadin in production mode serving the
 * committed production bundle (compiled, minified JavaScript loaded in chunks, no dev server).
 * An agent signs in, works and receives a pushed update, and every CSP or Permissions-Policy
 * violation Chromium reports fails the test, as in development mode.
 */
@TestPropertySource(properties = {"vaadin.productionMode=true", "citydialogue.test.context=browser-production"})
class SecurityInProductionBrowserTest extends SecurityInBrowserTest {

    static {
        ProductionBundle.unpack();
    }

    @AfterAll
    static void bundleOffTheClasspath() {
        ProductionBundle.remove();
    }
}
