package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.QueueRow;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.shell.ui.NotFoundView;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the queue keeps of a case, who read a resident's contact details, and a resident's data handed out on request, on the screens. */
class PrivacyScreensTest extends CaseScreens {

    @Autowired
    JdbcClient jdbc;

    private List<String> audit(String tenant, String action, String subject) {
        return TenantContext.call(tenant, () -> jdbc.sql(
                "select actor from audit_event where action = ? and subject = ? order by id").params(action, subject)
                .query(String.class).list());
    }

    @Test
    void the_queue_keeps_no_contact_details_and_opening_them_is_audited_browsing_the_queue_is_not() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Trasig lekplats i Hälla " + UUID.randomUUID());
        ResidentCase anonymous = cases.register(anna, new NewCase("question", "phone", "streets-parks",
                "Anonym fråga om parkering", null, null, null, null, "sv"));
        openApp();

        navigate(QueueView.class);
        assertThat(audit("vasteras", "case.read-personal-data", c.reference())).isEmpty();
        // What the session keeps of the case for the queue: what the queue shows, not who the resident is.
        GridTester<Grid<QueueRow>, QueueRow> queue = test(this.<QueueRow>grid("case-queue"));
        QueueRow row = IntStream.range(0, queue.size()).mapToObj(queue::getRow)
                .filter(r -> r.reference().equals(c.reference())).findFirst().orElseThrow();
        assertThat(row.toString()).doesNotContain("Eva Svensson", "eva@example.se", "021-123 45", "Vasagatan",
                c.description());

        navigate("cases/" + c.id(), CaseDetailView.class);
        assertThat(fact("fact-email")).isEqualTo("eva@example.se");
        assertThat(audit("vasteras", "case.read-personal-data", c.reference())).containsExactly("anna.agent");
        navigate("cases/" + c.id(), CaseDetailView.class);
        assertThat(audit("vasteras", "case.read-personal-data", c.reference())).as("one row per opening")
                .containsExactly("anna.agent", "anna.agent");

        navigate("cases/" + anonymous.id(), CaseDetailView.class);
        assertThat(audit("vasteras", "case.read-personal-data", anonymous.reference())).as("nothing personal to read")
                .isEmpty();
    }

    @Test
    void a_supervisor_exports_a_residents_cases_and_an_agent_cannot_open_the_export() {
        String email = "export-" + UUID.randomUUID() + "@example.se";
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        cases.register(anna, new NewCase("complaint", "email", "streets-parks", "Hål i vägen", null, "Eva",
                email, null, "sv"));
        openApp();
        UI.getCurrent().navigate("cases/export");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        ExportView view = navigate(ExportView.class);
        HardCodedTextGuard.assertNoHardCodedText(view);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("sv"));
        view = navigate(ExportView.class);

        test(textField("export-contact")).setValue(email);
        test($(Button.class).id("export-prepare")).click();

        assertThat($(Paragraph.class).id("export-outcome").getText()).isEqualTo("1 ärende hittades.");
        assertThat($(Anchor.class).id("export-download").isVisible()).isTrue();
        assertThat(audit("vasteras", "resident.export", email)).containsExactly("sara.supervisor");

        test(textField("export-contact")).setValue("hello");
        test($(Button.class).id("export-prepare")).click();
        assertThat(textField("export-contact").isInvalid()).isTrue();
        assertThat($(Anchor.class).withId("export-download").all()).as("no download for a refused export").isEmpty();
    }
}
