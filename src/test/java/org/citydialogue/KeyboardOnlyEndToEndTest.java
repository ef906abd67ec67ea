package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * An agent who works without a mouse: signs in, registers a phone complaint, finds it again from
 * the queue's search and answers it, with Tab, Enter, typing and the app's shortcuts only, and can
 * see at every stop where the keyboard focus is.
 */
@AppTest
class KeyboardOnlyEndToEndTest extends BrowserTest {

    /** Whether the element holding the focus (through shadow roots) or a host of it matches a selector. */
    private static final String FOCUS_ON = "(selector) => {"
            + "  const chain = [];"
            + "  for (let e = document.activeElement; e; e = e.shadowRoot && e.shadowRoot.activeElement) {"
            + "    chain.push(e);"
            + "  }"
            + "  return chain.some(e => e.closest(selector));"
            + "}";

    /**
     * Whether the focus can be seen: Vaadin's keyboard focus mark ({@code focus-ring}) on the focused
     * element or a host of it, or an outline or focus shadow on it or its nearest ancestors.
     */
    private static final String FOCUS_VISIBLE = "() => {"
            + "  const seen = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
            + "    || (s.boxShadow && s.boxShadow !== 'none');"
            + "  const chain = [];"
            + "  for (let e = document.activeElement; e; e = e.shadowRoot && e.shadowRoot.activeElement) {"
            + "    chain.push(e);"
            + "  }"
            + "  let e = chain[chain.length - 1];"
            + "  for (let i = 0; i < 4 && e; i++) { chain.push(e); e = e.parentElement || e.getRootNode().host; }"
            + "  return chain.some(e => e.hasAttribute('focus-ring') || seen(getComputedStyle(e))"
            + "    || seen(getComputedStyle(e, '::before')) || seen(getComputedStyle(e, '::after')));"
            + "}";

    @Test
    void an_agent_registers_finds_and_answers_a_phone_complaint_with_the_keyboard_alone() {
        String mark = "kb" + UUID.randomUUID().toString().substring(0, 8);
        String description = "Cykelbanan vid Mälarparken är översvämmad " + mark;

        // Sign-in: the city's link on the start page, then the issuer's form.
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/signin"));
        tabTo("#signin-vasteras");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/auth/vasteras/login"));
        tabTo("input[name=username]");
        page.keyboard().type("anna.agent");
        tabTo("input[name=password]");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(home());
        assertThat(page.locator("#welcome")).isVisible();

        // A new contact from the navigation; the form takes it from the keyboard.
        tabTo("vaadin-side-nav-item[path$='cases/new']");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/cases/new"));
        focused("intake-kind");
        choose("Klagomål");
        focused("intake-category");
        choose("Gator och parker");
        focused("intake-channel");
        assertThat(page.locator("#intake-channel input")).hasValue("Telefon");
        page.keyboard().press("Tab");
        focused("intake-description");
        page.keyboard().type(description);
        page.keyboard().press("Tab");
        page.keyboard().type("Mälarparken");
        page.keyboard().press("Control+Enter");
        assertThat(page).hasURL(Pattern.compile("/cases/[0-9]+$"));
        String reference = page.locator("#fact-reference").textContent().strip();
        Assertions.assertThat(reference).matches("VST-[0-9]{4}-[0-9]{6}");

        // Back in the queue, its search finds the case by a word of the description.
        tabTo("vaadin-side-nav-item[path='cases'], vaadin-side-nav-item[path='/cases']");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/cases"));
        tabTo("#queue-search");
        page.keyboard().type(mark);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/cases/search\\?q="));
        assertThat(page.locator("#search-results")).containsText(reference);
        tabTo("#search-results a");
        page.keyboard().press("Enter");
        assertThat(page.locator("#case-title")).hasText("Ärende " + reference);

        // Answered: the step's button, a note, Ctrl+Enter.
        tabTo("#action-answer");
        page.keyboard().press("Enter");
        assertThat(page.locator("#action-note")).isVisible();
        focused("action-note");
        page.keyboard().type("Vi har skickat en sopbil med pump; tack för att du hörde av dig.");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#fact-status")).hasText("Besvarat");
        assertThat(page.locator("#fact-countdown")).hasText("Svar lämnat");
        screenshot("keyboard-only-answered.png");
    }

    /** Presses Tab until the focus is on the element, and checks that the focus can be seen there. */
    private void tabTo(String selector) {
        for (int presses = 0; presses < 60; presses++) {
            if ((Boolean) page.evaluate(FOCUS_ON, selector)) {
                Assertions.assertThat((Boolean) page.evaluate(FOCUS_VISIBLE)).as("focus visible on %s", selector)
                        .isTrue();
                return;
            }
            page.keyboard().press("Tab");
        }
        Assertions.fail("Tab never reached " + selector);
    }
}
