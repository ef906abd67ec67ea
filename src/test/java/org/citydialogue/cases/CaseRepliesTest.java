package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citydialogue.tenancy.TenantDirectory;
import org.citydialogue.tenancy.TenantFileException;
import org.junit.jupiter.api.io.TempDir;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reply composer's service side: canned replies per city and language, replies and internal notes. */
@AppTest
class CaseRepliesTest {

    @Autowired
    Cases cases;

    @Autowired
    CaseReplies replies;

    @Autowired
    CannedReplies canned;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    CaseCatalogue catalogue;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    private ResidentCase streetCase(StaffUser agent, String language) {
        return cases.register(agent, new NewCase("complaint", "phone", "streets-parks",
                "Snövallen vid Vasagatan 12 blockerar övergångsstället.", "Vasagatan 12", "Eva Svensson",
                "eva@example.se", null, language));
    }

    @Test
    void a_vasteras_agent_answers_in_swedish_with_a_canned_reply_for_streets_and_parks_edits_it_and_the_timeline_shows_the_reply() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetCase(anna, "sv");

        List<CannedReply> suggestions = canned.suggestions("vasteras", c.category(), c.residentLanguage());
        assertThat(suggestions).extracting(CannedReply::code)
                .contains("snow-clearing", "thanks-feedback", "opening-hours").doesNotContain("preschool-queue");
        assertThat(suggestions.getFirst().category()).isEqualTo("streets-parks");
        CannedReply snow = suggestions.stream().filter(r -> r.code().equals("snow-clearing")).findFirst().orElseThrow();
        assertThat(snow.language()).isEqualTo("sv");
        assertThat(snow.text()).startsWith("Tack för att du hörde av dig om snöröjningen.");

        String edited = snow.text() + " Övergångsstället vid Vasagatan 12 röjs i dag.";
        ResidentCase replied = replies.sendReply(anna, c.id(), c.version(), edited);

        assertThat(replied.version()).isEqualTo(c.version() + 1);
        // A reply is text on the timeline: the lifecycle's answering step is still taken separately.
        assertThat(replied.status()).isEqualTo(c.status());
        assertThat(replied.answeredAt()).isNull();
        CaseEvent last = cases.timeline(c.id()).getLast();
        assertThat(last.action()).isEqualTo("reply-sent");
        assertThat(last.actor()).isEqualTo("anna.agent");
        assertThat(last.note()).isEqualTo(edited);
        // Optimistic locking: a reply on the version read before is refused.
        assertThatThrownBy(() -> replies.sendReply(anna, c.id(), c.version(), "Ett svar till."))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void a_resident_writing_in_english_gets_the_english_text() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetCase(anna, "en");

        List<CannedReply> suggestions = canned.suggestions("vasteras", c.category(), c.residentLanguage());
        assertThat(suggestions).allSatisfy(r -> assertThat(r.language()).isEqualTo("en"));
        assertThat(suggestions).filteredOn(r -> r.code().equals("thanks-feedback")).singleElement()
                .satisfies(r -> assertThat(r.text()).startsWith("Thank you for your feedback!"));
        // A language the reply is not written in falls back to the city's own.
        assertThat(canned.suggestions("vasteras", "streets-parks", "zh-Hans"))
                .filteredOn(r -> r.code().equals("snow-clearing")).singleElement()
                .satisfies(r -> assertThat(r.language()).isEqualTo("sv"));
        assertThat(canned.suggestions("jinan", "city-appearance", "zh-Hans")).first()
                .satisfies(r -> assertThat(r.text()).startsWith("您好，您反映的市容环境问题"));
        assertThat(canned.suggestions("jinan", "traffic", null)).extracting(CannedReply::text)
                .anySatisfy(text -> assertThat(text).startsWith("您好，您反映的问题已转交"));
    }

    @Test
    void an_internal_note_is_on_the_timeline() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetCase(anna, "sv");

        ResidentCase noted = replies.addInternalNote(anna, c.id(), c.version(), "  Entreprenören kontaktad per telefon.  ");

        assertThat(noted.status()).isEqualTo(c.status());
        CaseEvent last = cases.timeline(c.id()).getLast();
        assertThat(last.action()).isEqualTo("internal-note");
        assertThat(last.note()).isEqualTo("Entreprenören kontaktad per telefon.");
    }

    @Test
    void an_empty_reply_is_refused_and_nothing_is_written() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetCase(anna, "sv");
        int events = cases.timeline(c.id()).size();

        assertThatThrownBy(() -> replies.sendReply(anna, c.id(), c.version(), "  \n "))
                .isInstanceOfSatisfying(CaseInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.messageKey()).isEqualTo("case.error.reply.required");
                });
        assertThatThrownBy(() -> replies.addInternalNote(anna, c.id(), c.version(), null))
                .isInstanceOfSatisfying(CaseInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.internal.note.required"));

        assertThat(cases.timeline(c.id())).hasSize(events);
        assertThat(cases.find(c.id()).orElseThrow().version()).isEqualTo(c.version());
    }

    @Test
    void a_replies_file_with_an_unknown_category_or_without_the_citys_language_names_file_field_and_problem(
            @TempDir Path folder) throws IOException {
        Path file = folder.resolve("vasteras.yaml");
        Files.writeString(file, """
                replies:
                  - code: ok
                    text: { sv: Hej, en: Hello }
                  - code: snow
                    category: snow
                    text: { sv: Snö, en: Snow }
                """);
        assertThatThrownBy(() -> CannedReplies.read(file, tenants.require("vasteras"), catalogue))
                .isInstanceOf(TenantFileException.class)
                .hasMessage("replies/vasteras.yaml: replies[1].category: 'snow' is not a category of vasteras");
        Files.writeString(file, """
                replies:
                  - code: ok
                    text: { en: Hello }
                """);
        assertThatThrownBy(() -> CannedReplies.read(file, tenants.require("vasteras"), catalogue))
                .hasMessage("replies/vasteras.yaml: replies[0].text.sv: is required: the city's own language");
    }
}
