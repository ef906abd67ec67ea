package org.citydialogue.cases.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.citydialogue.cases.CaseAttachments;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.ui.UploadTexts;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;

/**
 * Files received with a contact (a letter scanned at the desk, a photo sent along): checked as
 * they are uploaded, held until the case is registered, registered with it in one transaction.
 */
final class IntakeAttachments extends VerticalLayout {

    private final CaseAttachments attachments;
    private final StaffUser staff;
    private final BiFunction<String, Object[], String> translate;
    private final Upload upload = new Upload();
    private final Paragraph names = new Paragraph();
    private final List<CaseAttachments.File> pending = new ArrayList<>();

    IntakeAttachments(CaseAttachments attachments, StaffUser staff, BiFunction<String, Object[], String> translate) {
        this.attachments = attachments;
        this.staff = staff;
        this.translate = translate;
        setPadding(false);
        upload.setId("intake-attachments");
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(CaseAttachments.acceptedExtensions().toArray(String[]::new));
        upload.setMaxFileSize(attachments.maxBytes());
        upload.setUploadHandler(UploadHandler.inMemory((UploadMetadata metadata, byte[] content) -> upload.getUI()
                .ifPresent(ui -> ui.access(() -> hold(metadata.fileName(), metadata.contentType(), content)))));
        names.setId("intake-attachment-names");
        names.setVisible(false);
        add(upload, names);
    }

    void label() {
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(text("case.intake.attachments")));
        showNames();
    }

    private void hold(String fileName, String contentType, byte[] content) {
        try {
            TenantContext.run(staff.tenantId(), () -> attachments.check(fileName, contentType, content));
        } catch (CaseInputException refused) {
            Notification problem = Notification.show(text(refused.messageKey()));
            problem.addThemeVariants(NotificationVariant.LUMO_ERROR);
            problem.setId("attachment-problem");
            return;
        }
        pending.add(new CaseAttachments.File(fileName, contentType, content));
        showNames();
    }

    private void showNames() {
        names.setVisible(!pending.isEmpty());
        names.setText(text("case.intake.attachments.pending",
                Map.of("names", String.join(", ", pending.stream().map(CaseAttachments.File::fileName).toList()))));
    }

    /** Registers the case with the files held, in one transaction; the case as it is afterwards. */
    ResidentCase registerWithFiles(NewCase intake) {
        ResidentCase c = attachments.registerWith(staff, intake, List.copyOf(pending));
        pending.clear();
        return c;
    }

    private String text(String key, Object... params) {
        return translate.apply(key, params);
    }
}
