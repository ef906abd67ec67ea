package org.citydialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Contact-centre work in a real browser: an agent registers a resident's contact from the keyboard
 * while on the phone, takes the first step, and a case handler answers and closes it; each city in
 * its own language and its own terms. Every test registers its own case with a description of its
 * own, so other tests' cases in the shared database do not matter.
 */
@AppTest
class CaseFlowEndToEndTest extends BrowserTest {

    @Test
    void a_phone_complaint_registered_in_swedish_is_forwarded_answered_and_closed() {
        String description = "Trasig gatlykta vid lekplatsen, det är mörkt på kvällarna. " + unique();
        signIn("vasteras", "anna.agent");

        // Ny kontakt from the navigation; the cursor starts in the first field.
        nav("Ny kontakt");
        assertThat(page).hasURL(url("/cases/new"));
        assertThat(page.locator("h2")).hasText("Ny kontakt");
        assertThat(page.locator(".intake-hint")).hasText(
                "Tabb flyttar mellan fälten; Ctrl+Enter registrerar kontakten var du än står, Enter i sista fältet.");
        assertThat(page.locator("#intake-kind")).containsText("Typ av kontakt");
        assertThat(page.locator("#intake-channel input")).hasValue("Telefon");
        focused("intake-kind");
        choose("Klagomål");
        focused("intake-category");
        choose("Gator och parker");
        focused("intake-channel");
        page.keyboard().press("Tab");
        focused("intake-description");
        page.keyboard().type(description);
        page.keyboard().press("Tab");
        focused("intake-location");
        page.keyboard().type("Lekplatsen i Vasaparken");
        page.keyboard().press("Tab");
        focused("intake-residentLanguage");
        choose("Svenska");
        focused("intake-residentName");
        page.keyboard().type("Eva Karlsson");
        page.keyboard().press("Tab");
        focused("intake-residentPhone");
        page.keyboard().type("021-39 00 00");
        page.keyboard().press("Tab");
        focused("intake-residentEmail");
        assertThat(page.locator("#intake-kind input")).hasValue("Klagomål");
        assertThat(page.locator("#intake-category input")).hasValue("Gator och parker");
        assertThat(page.locator("#intake-description")).containsText(
                // Swedish groups thousands with a (no-break) space: "4 000".
                Pattern.compile(description.length() + " av 4\\s?000 tecken"));
        screenshot("intake-sv.png");
        page.keyboard().press("Control+Enter");

        // The case, with its reference to read out to the resident.
        assertThat(page).hasURL(Pattern.compile("/cases/[0-9]+$"));
        String reference = text("#fact-reference");
        Assertions.assertThat(reference).matches("VST-[0-9]{4}-[0-9]{6}");
        assertThat(page.locator("#case-title")).hasText("Ärende " + reference);
        assertThat(page.locator("#fact-kind")).hasText("Klagomål");
        assertThat(page.locator("#fact-channel")).hasText("Telefon");
        assertThat(page.locator("#fact-category")).hasText("Gator och parker");
        assertThat(page.locator("#fact-status")).hasText("Mottaget");
        assertThat(page.locator("#fact-resident")).hasText("Eva Karlsson");
        assertThat(page.locator("#case-description")).hasText(description);

        // Forwarded to Gator och parker with a note, from the keyboard.
        takeStep("action-forward", "Överlämna till förvaltning", "Steg: Överlämna till förvaltning");
        assertThat(page.locator("#action-department")).containsText("Förvaltning");
        assertThat(page.locator("#action-department input")).hasValue("Gator och parker");
        page.keyboard().press("Control+A");
        choose("Gator och parker");
        focused("action-note");
        assertThat(page.locator("#action-note")).containsText("Anteckning");
        page.keyboard().type("Lyktan står vid gångvägen mot Vasagatan.");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#action-note")).isHidden();
        assertThat(page.locator("#fact-status")).hasText("Överlämnat");
        assertThat(page.locator("#fact-department")).hasText("Gator och parker");
        assertThat(page.locator("#action-forward")).isHidden();
        assertThat(page.getByText("Händelser", new Page.GetByTextOptions().setExact(true))).isVisible();
        List<List<String>> forwarded = rows("case-timeline", 2);
        Assertions.assertThat(forwarded.get(0).subList(1, 4)).containsExactly("Anna Lindqvist", "Registrerat",
                "Mottaget");
        Assertions.assertThat(forwarded.get(1).subList(1, 6)).containsExactly("Anna Lindqvist",
                "Överlämna till förvaltning", "Mottaget → Överlämnat", "Gator och parker",
                "Lyktan står vid gångvägen mot Vasagatan.");
        quiet();
        screenshot("case-sv.png");
        signOut("Logga ut");

        // The case handler of Gator och parker finds it in the queue.
        signIn("vasteras", "hans.handlaggare");
        assertThat(page.locator("#welcome")).hasText("Välkommen, Hans Berg!");
        nav("Ärenden");
        assertThat(page).hasURL(url("/cases"));
        assertThat(page.locator("h2")).hasText("Ärenden");
        assertThat(page.locator("#queue-department input")).hasValue("Gator och parker");
        assertThat(page.locator("#queue-open-only")).hasAttribute("checked", "");
        assertThat(page.locator("#case-queue")).containsText("Ärendenummer");
        assertThat(page.locator("#case-queue")).containsText("Svar senast");
        page.locator("#queue-status input").click();
        choose("Överlämnat");
        assertThat(page.locator("#queue-status input")).hasValue("Överlämnat");
        List<String> row = queueRow(reference);
        Assertions.assertThat(row).containsSubsequence(reference, "Klagomål", "Gator och parker", "Överlämnat");
        Assertions.assertThat(row).contains("I tid");
        screenshot("queue-sv.png");
        page.locator("#case-queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)
                .setExact(true)).click();
        assertThat(page.locator("#case-title")).hasText("Ärende " + reference);

        // Answered with a note, then closed.
        assertThat(page.locator("#action-forward")).isHidden();
        takeStep("action-answer", "Besvara", "Steg: Besvara");
        focused("action-note");
        page.keyboard().type("Lyktan byts inom en vecka; vi har ringt Eva.");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#fact-status")).hasText("Besvarat");
        assertThat(page.locator("#fact-countdown")).hasText("Svar lämnat");
        takeStep("action-close", "Avsluta", "Steg: Avsluta");
        assertThat(page.locator("#action-submit")).hasText("Utför");
        page.locator("#action-submit").click();
        assertThat(page.locator("#fact-status")).hasText("Avslutat");
        // No lifecycle step is left; what remains is beside it: satisfaction at follow-up, replies, notes.
        assertThat(page.locator("#case-actions vaadin-button[id^='action-']")).hasCount(0);
        assertThat(page.locator("#step-satisfaction")).isVisible();

        List<List<String>> timeline = rows("case-timeline", 4);
        Assertions.assertThat(timeline.stream().map(r -> r.get(1) + " | " + r.get(2) + " | " + r.get(3)).toList())
                .containsExactly(
                        "Anna Lindqvist | Registrerat | Mottaget",
                        "Anna Lindqvist | Överlämna till förvaltning | Mottaget → Överlämnat",
                        "Hans Berg | Besvara | Överlämnat → Besvarat",
                        "Hans Berg | Avsluta | Besvarat → Avslutat");
        Assertions.assertThat(timeline.get(2).get(5)).isEqualTo("Lyktan byts inom en vecka; vi har ringt Eva.");
    }

    @Test
    void a_jinan_hotline_work_order_is_registered_and_dispatched_in_chinese() {
        String description = "小区门口路灯不亮已一周，夜间出行不便，请尽快维修。" + unique();
        signIn("jinan", "li.agent");

        nav("受理登记");
        assertThat(page).hasURL(url("/cases/new"));
        assertThat(page.locator("h2")).hasText("受理登记");
        assertThat(page.locator("#intake-kind")).containsText("诉求类型");
        assertThat(page.locator("#intake-channel input")).hasValue("12345热线");
        focused("intake-kind");
        choose("求助");
        focused("intake-category");
        choose("市容环境");
        page.keyboard().press("Tab");
        focused("intake-description");
        page.keyboard().type(description);
        page.keyboard().press("Tab");
        page.keyboard().type("历下区泉城路100号");
        page.keyboard().press("Tab");
        focused("intake-residentLanguage");
        choose("简体中文");
        page.keyboard().type("王先生");
        page.keyboard().press("Tab");
        page.keyboard().type("13800138000");
        page.keyboard().press("Control+Enter");

        assertThat(page).hasURL(Pattern.compile("/cases/[0-9]+$"));
        String reference = text("#fact-reference");
        Assertions.assertThat(reference).matches("JN-[0-9]{4}-[0-9]{6}");
        assertThat(page.locator("#case-title")).hasText("工单 " + reference);
        assertThat(page.locator("#fact-kind")).hasText("求助");
        assertThat(page.locator("#fact-channel")).hasText("12345热线");
        assertThat(page.locator("#fact-category")).hasText("市容环境");
        assertThat(page.locator("#fact-status")).hasText("已受理");
        assertThat(page.locator("#fact-countdown")).hasText(Pattern.compile("^剩余 [0-9]+ 个工作日$"));

        // 派单 to the department that handles street lights.
        takeStep("action-dispatch", "派单", "操作：派单");
        assertThat(page.locator("#action-department")).containsText("承办部门");
        assertThat(page.locator("#action-department input")).hasValue("城市管理局");
        page.keyboard().press("Control+A");
        choose("城市管理局");
        focused("action-note");
        page.keyboard().type("请城管部门核实路灯故障并维修。");
        assertThat(page.locator("#action-submit")).hasText("确定");
        page.locator("#action-submit").click();
        assertThat(page.locator("#action-note")).isHidden();
        assertThat(page.locator("#fact-status")).hasText("已派单");
        assertThat(page.locator("#fact-department")).hasText("城市管理局");
        assertThat(page.getByText("办理记录", new Page.GetByTextOptions().setExact(true))).isVisible();
        List<List<String>> timeline = rows("case-timeline", 2);
        Assertions.assertThat(timeline.get(0).subList(1, 4)).containsExactly("李娜", "受理登记", "已受理");
        Assertions.assertThat(timeline.get(1).subList(1, 6)).containsExactly("李娜", "派单", "已受理 → 已派单",
                "城市管理局", "请城管部门核实路灯故障并维修。");
        quiet();
        screenshot("case-zh-Hans.png");

        // The queue, in Chinese, has the work order as dispatched.
        nav("工单");
        assertThat(page).hasURL(url("/cases"));
        assertThat(page.locator("h2")).hasText("工单列表");
        assertThat(page.locator("#queue-open-only")).containsText("仅显示未办结工单");
        for (String header : List.of("工单编号", "诉求类型", "业务类别", "办理状态", "受理时间", "办理时限", "时限状态",
                "承办部门")) {
            assertThat(page.locator("#case-queue")).containsText(header);
        }
        List<String> row = queueRow(reference);
        Assertions.assertThat(row).containsSubsequence(reference, "求助", "市容环境", "已派单", "正常", "城市管理局");
        quiet();
        screenshot("queue-zh-Hans.png");
    }

    // --- helpers ---

    /** A mark that makes this run's case the only one with its description. */
    private static String unique() {
        return "(" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }

    /** Waits for the step's and the registration's notifications to go, so they cover nothing in a screenshot. */
    private void quiet() {
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    }

    /** Follows an item of the shell's side navigation by its visible name. */
    private void nav(String name) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(name)).click();
    }

    private String text(String selector) {
        assertThat(page.locator(selector)).not().isEmpty();
        return page.locator(selector).textContent().strip();
    }

    /** Clicks the step's button, checking its name, and waits for its dialog. */
    private void takeStep(String id, String name, String dialogTitle) {
        Locator button = page.locator("#" + id);
        assertThat(button).hasText(name);
        button.click();
        assertThat(page.getByText(dialogTitle, new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("#action-note")).isVisible();
    }

    /** The texts of a grid's body rows, in row order, once it shows exactly {@code count} rows. */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String gridId, int count) {
        return (List<List<String>>) page.waitForFunction("([id, count]) => {"
                + ROWS
                + "  const rows = rowsOf(document.getElementById(id));"
                + "  return rows.length === count && rows.every(r => r.some(c => c !== '')) && rows;"
                + "}", List.of(gridId, count)).jsonValue();
    }

    /**
     * Scrolls the queue until the case's row is shown, as staff would, and answers its texts. The
     * queue holds other tests' cases too, so the row may be anywhere in it.
     */
    @SuppressWarnings("unchecked")
    private List<String> queueRow(String reference) {
        return (List<String>) page.waitForFunction("(reference) => {"
                + ROWS
                + "  const grid = document.getElementById('case-queue');"
                + "  const row = rowsOf(grid).find(r => r[0] === reference);"
                + "  if (row) { return row; }"
                + "  if (grid.size > 0 && !grid.querySelector('[loading]') && !grid.hasAttribute('loading')) {"
                + "    const next = grid.__e2eNext || 0;"
                + "    grid.scrollToIndex(next);"
                + "    grid.__e2eNext = next + 5 >= grid.size ? 0 : next + 5;"
                + "  }"
                + "  return false;"
                + "}", reference, new Page.WaitForFunctionOptions().setPollingInterval(200)).jsonValue();
    }

    /** A script function: the visible body rows of a Vaadin grid, in order, as lists of cell texts. */
    private static final String ROWS = "const rowsOf = grid => grid ? [...grid.shadowRoot.querySelectorAll('#items tr')]"
            + "    .filter(r => !r.hidden && r.index !== undefined && r.index < grid.size)"
            + "    .sort((a, b) => a.index - b.index)"
            + "    .map(r => [...r.querySelectorAll('td')].map(td => {"
            + "      const slot = td.querySelector('slot');"
            + "      return slot ? slot.assignedElements().map(e => e.textContent.trim()).join(' ') : '';"
            + "    })) : [];";
}
