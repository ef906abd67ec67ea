package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citydialogue.cases.CaseAttachment;
import org.citydialogue.cases.CaseAttachments;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.ui.UploadTexts;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;

/**
 * The files on a case: each downloadable (the download is audited by the service), and, while the
 * case is open, an upload that attaches a file as a step on the version shown.
 */
final class AttachmentsPanel extends VerticalLayout {

    AttachmentsPanel(CaseTexts texts, StaffUser staff, CaseAttachments attachments, ResidentCase shown,
            CaseStepsPanel.Taker taker, Function<String, String> staffName) {
        setPadding(false);
        setId("case-attachments-panel");
        add(new H3(texts.getTranslation("case.attachments.title")));
        Grid<CaseAttachment> files = new Grid<>();
        files.setId("case-attachments");
        files.addComponentColumn(a -> file(texts, staff, attachments, a))
                .setHeader(texts.getTranslation("case.attachments.file")).setFlexGrow(2);
        files.addColumn(a -> texts.getTranslation("case.attachments.size",
                Map.of("size", Math.max(1, (a.sizeBytes() + 1023) / 1024))))
                .setHeader(texts.getTranslation("case.attachments.size.header")).setAutoWidth(true).setFlexGrow(0);
        files.addColumn(a -> staffName.apply(a.addedBy())).setHeader(texts.getTranslation("case.timeline.who"));
        files.addColumn(a -> texts.formats().dateTime(a.addedAt()))
                .setHeader(texts.getTranslation("case.timeline.when")).setAutoWidth(true).setFlexGrow(0);
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        files.setItems(attachments.of(shown.id()));
        files.setVisible(files.getGenericDataView().getItems().findAny().isPresent());
        add(files);
        if (shown.closedAt() == null) {
            int version = shown.version();
            Upload upload = new Upload();
            UploadTexts.apply(upload);
            // The file arrives on the upload's own request; the step is taken in the UI, on the version shown.
            upload.setUploadHandler(UploadHandler.inMemory((UploadMetadata metadata, byte[] content) ->
                    upload.getUI().ifPresent(ui -> ui.access(() -> attach(texts, taker, () -> TenantContext.call(
                            staff.tenantId(), () -> attachments.attach(staff, shown.id(), version,
                                    metadata.fileName(), metadata.contentType(), content)))))));
            upload.setId("case-attachment-upload");
            upload.setAcceptedFileTypes(CaseAttachments.acceptedExtensions().toArray(String[]::new));
            upload.setMaxFileSize(attachments.maxBytes());
            add(upload);
        }
    }

    private static void attach(CaseTexts texts, CaseStepsPanel.Taker taker, Supplier<ResidentCase> step) {
        try {
            taker.take(step);
        } catch (CaseInputException refused) {
            Notification problem = Notification.show(texts.getTranslation(refused.messageKey()));
            problem.addThemeVariants(NotificationVariant.LUMO_ERROR);
            problem.setId("attachment-problem");
        }
    }

    private static Component file(CaseTexts texts, StaffUser staff,
            CaseAttachments attachments, CaseAttachment a) {
        if (a.removed()) {
            return new Span(texts.getTranslation("case.attachments.removed"));
        }
        // Read only when clicked, as the staff member's tenant: each download is its own audited read.
        Anchor link = DataText.mark(new Anchor(DownloadHandler.fromInputStream(event -> TenantContext.call(
                staff.tenantId(), () -> attachments.download(staff, a.id()))
                .map(d -> new DownloadResponse(new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(),
                        d.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD, a.fileName()));
        link.setId("attachment-" + a.id());
        return link;
    }
}
