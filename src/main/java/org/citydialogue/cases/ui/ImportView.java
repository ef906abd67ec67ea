package org.citydialogue.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import org.citydialogue.cases.CaseImport;
import org.citydialogue.cases.ImportReport;
import org.citydialogue.i18n.ui.UploadTexts;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;

/**
 * Where a city's administrator loads historic cases from CSV. The upload shows its own progress;
 * the result is either how many cases came in, or every problem by line and field — and then
 * nothing was imported, so the file can be fixed and sent again.
 */
@Route("cases/import")
@RolesAllowed({"TENANT_ADMIN", "SUPERVISOR"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 512 * 1024 * 1024;

    private final CaseImport caseImport;
    private final StaffUser staff;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportReport.Problem> problems = new Grid<>();

    public ImportView(CaseImport caseImport, CurrentStaff currentStaff) {
        this.caseImport = caseImport;
        this.staff = currentStaff.require();
        setSizeFull();
        Upload upload = new Upload(UploadHandler.toTempFile(this::imported));
        UploadTexts.apply(upload);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        outcome.setId("import-outcome");
        problems.setId("import-problems");
        problems.addColumn(ImportReport.Problem::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true);
        problems.addColumn(ImportReport.Problem::field).setHeader(getTranslation("import.column.field"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey())).setHeader(getTranslation("import.column.problem"));
        problems.addColumn(ImportReport.Problem::value).setHeader(getTranslation("import.column.value"));
        problems.setVisible(false);
        add(new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help", Map.of("columns", String.join(", ",
                        CaseImport.COLUMNS)))),
                upload, outcome, problems);
    }

    /** Runs on the upload's own request, where the signed-in staff member's tenant is bound. */
    private void imported(com.vaadin.flow.server.streams.UploadMetadata metadata, File file) throws IOException {
        ImportReport report;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            report = TenantContext.call(staff.tenantId(), () -> caseImport.importCsv(staff, in));
        } finally {
            Files.deleteIfExists(file.toPath());
        }
        ImportReport result = report;
        getUI().ifPresent(ui -> ui.access(() -> show(result)));
    }

    private void show(ImportReport report) {
        if (report.succeeded()) {
            outcome.setText(getTranslation("import.done", Map.of("count", report.imported())));
            problems.setVisible(false);
        } else {
            outcome.setText(getTranslation("import.refused", Map.of("count", report.problems().size())));
            problems.setItems(report.problems());
            problems.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
