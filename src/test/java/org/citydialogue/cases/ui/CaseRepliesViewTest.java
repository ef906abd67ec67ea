package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.citydialogue.cases.CannedReply;
import org.citydialogue.cases.CaseEvent;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.Test;

/** The reply composer and internal notes, as an agent uses them on the case view. */
class CaseRepliesViewTest extends CaseScreens {

    @Test
    void a_vasteras_agent_picks_a_canned_reply_edits_and_sends_it_then_adds_an_internal_note() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Snövallen blockerar övergångsstället vid Vasagatan 12.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);

        assertThat($(Button.class).id("step-reply").getText()).isEqualTo("Skriv svar");
        test($(Button.class).id("step-reply")).click();
        test($(Button.class).id("reply-send")).click();
        assertThat(textArea("reply-text").isInvalid()).isTrue();
        assertThat(textArea("reply-text").getErrorMessage()).isEqualTo("Skriv svaret innan du skickar det.");

        @SuppressWarnings("unchecked")
        ComboBox<CannedReply> canned = $(ComboBox.class).id("reply-canned");
        CannedReply snow = test(canned).getSuggestionItems().stream()
                .filter(r -> r.code().equals("snow-clearing")).findFirst().orElseThrow();
        test(canned).selectItem(snow.label());
        assertThat(textArea("reply-text").getValue()).startsWith("Tack för att du hörde av dig om snöröjningen.");
        test(textArea("reply-text")).setValue(textArea("reply-text").getValue() + " Vi röjer i dag.");
        test($(Button.class).id("reply-send")).click();

        Grid<CaseEvent> timeline = grid("case-timeline");
        assertThat(cell(timeline, test(timeline).size() - 1, 2)).isEqualTo("Svar skickat");
        assertThat(cases.timeline(c.id()).getLast().note()).endsWith("Vi röjer i dag.");
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(c.status());

        test($(Button.class).id("step-internal-note")).click();
        test(textArea("note-text")).setValue("Entreprenören kontaktad.");
        test($(Button.class).id("note-save")).click();
        timeline = grid("case-timeline");
        assertThat(cell(timeline, test(timeline).size() - 1, 2)).isEqualTo("Intern anteckning");
    }
}
