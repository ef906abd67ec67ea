package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.citydialogue.cases.CaseImport;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportViewTest extends CaseScreens {

    private static final String HEADER = String.join(",", CaseImport.COLUMNS) + "\n";

    @Autowired
    JdbcClient jdbc;

    private void upload(String csv) {
        test($(Upload.class).id("import-upload")).upload("history.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
    }

    private long imported(String marker) {
        return TenantContext.call("vasteras", () -> jdbc.sql(
                "select count(*) from resident_case where description like ?").param("%" + marker + "%")
                .query(Long.class).single());
    }

    @Test
    void an_administrator_uploads_last_years_cases_and_is_told_how_many_came_in() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        navigate(ImportView.class);

        upload(HEADER
                + "question,email,other,,closed,Fråga om sophämtning (import-ok),,2025-02-03T10:00:00+01:00,"
                + "2025-02-03T15:00:00+01:00,2025-02-04T09:00:00+01:00,,,,sv\n"
                + "praise,phone,other,,closed,Tack för snöröjningen (import-ok),,2025-02-04T10:00:00+01:00,"
                + "2025-02-04T11:00:00+01:00,2025-02-04T11:30:00+01:00,,,,sv\n");

        assertThat($(Paragraph.class).id("import-outcome").getText()).isEqualTo("2 ärenden importerades.");
        assertThat(imported("import-ok")).isEqualTo(2);
    }

    @Test
    void a_file_with_a_bad_row_shows_line_and_column_and_imports_nothing() {
        SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
        openApp();
        navigate(ImportView.class);

        upload(HEADER
                + "question,email,other,,closed,Bra rad (import-bad),,2025-02-03T10:00:00+01:00,,,,,,sv\n"
                + "question,fax,other,,closed,Dålig rad (import-bad),,2025-02-03T10:00:00+01:00,,,,,,sv\n");

        assertThat($(Paragraph.class).id("import-outcome").getText()).isEqualTo("Inget importerades: 1 fel behöver rättas.");
        @SuppressWarnings("unchecked")
        Grid<org.citydialogue.cases.ImportReport.Problem> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("channel");
        assertThat(test(problems).getCellText(0, 2)).isEqualTo("är inte ett av de värden staden använder");
        assertThat(test(problems).getCellText(0, 3)).isEqualTo("fax");
        assertThat(imported("import-bad")).isZero();
    }

    @Test
    void the_import_page_has_no_hard_coded_text() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        ImportView view = navigate(ImportView.class);
        HardCodedTextGuard.assertNoHardCodedText(view);
    }
}
