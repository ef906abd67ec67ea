package org.citydialogue.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.ResidentExport;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;

/**
 * Where a supervisor or the city's administrator answers a resident's request for their data:
 * the resident's e-mail address or phone number finds their cases (the export, audited, is made
 * then), and the JSON file is downloaded to hand over.
 */
@Route("cases/export")
@RolesAllowed({"SUPERVISOR", "TENANT_ADMIN"})
public class ExportView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentExport export;
    private final StaffUser staff;
    private final TextField contact = new TextField();
    private final Paragraph outcome = new Paragraph();
    private final Anchor download = new Anchor();

    public ExportView(ResidentExport export, CurrentStaff currentStaff) {
        this.export = export;
        this.staff = currentStaff.require();
        contact.setId("export-contact");
        contact.setLabel(getTranslation("export.contact"));
        contact.setWidth("24em");
        Button prepare = new Button(getTranslation("export.prepare"), click -> prepare());
        prepare.setId("export-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        outcome.setId("export-outcome");
        download.setId("export-download");
        download.setText(getTranslation("export.download"));
        download.setVisible(false);
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.help")), contact, prepare,
                outcome, download);
    }

    private void prepare() {
        download.setVisible(false);
        contact.setInvalid(false);
        ResidentExport.Export result;
        try {
            result = export.export(staff, contact.getValue());
        } catch (CaseInputException refused) {
            contact.setErrorMessage(getTranslation(refused.messageKey()));
            contact.setInvalid(true);
            outcome.setText("");
            return;
        }
        outcome.setText(getTranslation("export.found", Map.of("count", result.count())));
        if (result.count() > 0) {
            byte[] json = result.json();
            String name = "resident-export-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".json";
            download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(json), name, "application/json", json.length)), AttachmentType.DOWNLOAD);
            download.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
