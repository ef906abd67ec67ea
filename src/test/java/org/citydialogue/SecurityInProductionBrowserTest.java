package org.citydialogue;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.TestPropertySource;

/**
 * The same browser checks as {@link SecurityInBrowserTest} — every CSP or Permissions-Policy
 * violation Chromium reports fails — against what users get: Vaadin in production mode serving the
 * committed production bundle (compiled, minified JavaScript, no dev server).
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
