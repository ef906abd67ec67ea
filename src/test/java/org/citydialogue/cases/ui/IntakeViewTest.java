package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Agents register residents' contacts while the resident is on the line. */
class IntakeViewTest extends CaseScreens {

    private static final CaseQueue.Filter EVERY_CASE = CaseQueue.Filter.every();

    @Autowired
    CaseQueue queue;

    @Test
    void a_vasteras_agent_registers_a_phone_complaint_in_swedish_from_the_keyboard_form_and_lands_on_its_case_view() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(IntakeView.class);
        assertThat(combo("intake-channel").getValue()).as("phone is Västerås's first channel").isEqualTo("phone");

        test(combo("intake-kind")).selectItem("Klagomål");
        test(combo("intake-category")).selectItem("Gator och parker");
        test(textArea("intake-description")).setValue("Gatlyktan vid busshållplatsen på Vasagatan är trasig.");
        test(textField("intake-location")).setValue("Vasagatan 12");
        test(combo("intake-residentLanguage")).selectItem("Svenska");
        test(textField("intake-residentName")).setValue("Eva Svensson");
        test(textField("intake-residentPhone")).setValue("021-39 00 00");
        test(textField("intake-residentEmail")).setValue("eva.svensson@example.se");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        String title = $(H2.class).id("case-title").getText();
        assertThat(title).matches("Ärende VST-\\d{4}-\\d{6}");
        String reference = title.substring("Ärende ".length());
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Registrerat som " + reference + ".");
        assertThat(fact("fact-kind")).isEqualTo("Klagomål");
        assertThat(fact("fact-channel")).isEqualTo("Telefon");
        assertThat(fact("fact-status")).isEqualTo("Mottaget");
        assertThat(fact("fact-resident")).isEqualTo("Eva Svensson");

        ResidentCase stored = cases.find(reference).orElseThrow();
        assertThat(stored.kind()).isEqualTo("complaint");
        assertThat(stored.channel()).isEqualTo("phone");
        assertThat(stored.category()).isEqualTo("streets-parks");
        assertThat(stored.description()).isEqualTo("Gatlyktan vid busshållplatsen på Vasagatan är trasig.");
        assertThat(stored.location()).isEqualTo("Vasagatan 12");
        assertThat(stored.residentLanguage()).isEqualTo("sv");
        assertThat(stored.residentPhone()).isEqualTo("021-39 00 00");
        assertThat(stored.residentEmail()).isEqualTo("eva.svensson@example.se");
        assertThat(stored.registeredBy()).isEqualTo("anna.agent");
    }

    @Test
    void an_anonymous_hotline_contact_is_registered_in_jinan_with_the_hotline_preset() {
        SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        navigate(IntakeView.class);
        assertThat(combo("intake-channel").getValue()).isEqualTo("hotline");
        assertThat(combo("intake-channel").getLabel()).isEqualTo("受理渠道");

        test(combo("intake-kind")).selectItem("求助");
        test(combo("intake-category")).selectItem("市容环境");
        test(textArea("intake-description")).setValue("小区门口垃圾三天没人清运。");
        test($(Button.class).id("intake-register")).click();

        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(fact("fact-resident")).isEqualTo("匿名");
        assertThat(fact("fact-channel")).isEqualTo("12345热线");
    }

    @Test
    void a_missing_description_is_shown_on_the_field_and_nothing_typed_is_lost() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(IntakeView.class);
        int before = queue.count(EVERY_CASE);

        test(combo("intake-kind")).selectItem("Fråga");
        test(combo("intake-category")).selectItem("Förskola och skola");
        test(textField("intake-location")).setValue("Skiljeboskolan");
        test(textField("intake-residentName")).setValue("Åsa Öberg");
        test(textField("intake-residentPhone")).setValue("070-123 45 67");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);
        assertThat(textArea("intake-description").isInvalid()).isTrue();
        assertThat(textArea("intake-description").getErrorMessage()).isEqualTo("Beskriv invånarens ärende.");
        assertThat(combo("intake-kind").getValue()).isEqualTo("question");
        assertThat(combo("intake-category").getValue()).isEqualTo("preschool-school");
        assertThat(textField("intake-location").getValue()).isEqualTo("Skiljeboskolan");
        assertThat(textField("intake-residentName").getValue()).isEqualTo("Åsa Öberg");
        assertThat(textField("intake-residentPhone").getValue()).isEqualTo("070-123 45 67");
        assertThat(queue.count(EVERY_CASE)).isEqualTo(before);

        test(textArea("intake-description")).setValue("Vilka dagar är skolan stängd under jullovet?");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(queue.count(EVERY_CASE)).isEqualTo(before + 1);
    }

    @Test
    void a_bad_email_address_is_shown_on_its_field_and_the_description_counter_counts() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        navigate(IntakeView.class);

        test(combo("intake-kind")).selectItem("Synpunkt");
        test(combo("intake-category")).selectItem("Kultur och fritid");
        test(textArea("intake-description")).setValue("Bra utställning!");
        // Swedish groups thousands with a (no-break) space.
        assertThat(textArea("intake-description").getHelperText().replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo("16 av 4 000 tecken");
        test(textField("intake-residentEmail")).setValue("inte-en-adress");
        test($(Button.class).id("intake-register")).click();

        assertThat(textField("intake-residentEmail").isInvalid()).isTrue();
        assertThat(textField("intake-residentEmail").getErrorMessage()).isEqualTo("Det ser inte ut som en e-postadress.");
        assertThat(textArea("intake-description").isInvalid()).isFalse();
        assertThat(textArea("intake-description").getValue()).isEqualTo("Bra utställning!");
    }

    @Test
    void an_icld_member_has_no_cases_in_the_navigation_and_is_refused_the_queue() {
        SignedInStaff.as("icld", "ingrid.icld", "Ingrid Holm", Role.PARTNERSHIP_MEMBER);
        openApp();
        assertThat(navigation()).containsExactly("Home", "Joint plans", "Benchmarks");

        UI.getCurrent().navigate("cases");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("cases/new");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_case_handler_has_the_cases_but_registers_no_contacts() {
        SignedInStaff.as("vasteras", "hans.handlaggare", "Hans Berg", Role.CASE_HANDLER);
        openApp();
        assertThat(navigation()).containsExactly("Start", "Ärenden", "Jämförelser");

        UI.getCurrent().navigate("cases/new");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("cases");
        assertThat(getCurrentView()).isInstanceOf(QueueView.class);
        assertThat($(Button.class).withId("queue-new-contact").all()).isEmpty();
    }

    @Test
    void the_intake_has_no_hard_coded_text_even_with_an_error_shown() {
        SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        IntakeView view = navigate(IntakeView.class);
        test($(Button.class).id("intake-register")).click();

        assertThat(combo("intake-kind").getErrorMessage()).isEqualTo("⟦Choose what kind of contact this is.⟧");
        HardCodedTextGuard.assertNoHardCodedText(view);
    }
}
