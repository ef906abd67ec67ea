package org.citydialogue.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import org.citydialogue.cases.CaseAttachment;
import org.citydialogue.cases.CaseAttachments;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files on the case view and at intake, as staff use them. */
class CaseAttachmentsViewTest extends CaseScreens {

    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 7, 7, 7};

    @Autowired
    CaseAttachments attachments;

    private void upload(String id, String name, String type) {
        test($(Upload.class).id(id)).upload(name, type, PHOTO);
        MockVaadin.clientRoundtrip();
    }

    @Test
    void a_vasteras_agent_attaches_a_photo_to_an_open_case_and_sees_it_listed_and_on_the_timeline() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Trasig parkbänk i Vasaparken, foto bifogas.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);

        upload("case-attachment-upload", "bänk.jpg", "image/jpeg");

        var files = grid("case-attachments");
        assertThat(files.isVisible()).isTrue();
        assertThat(headers(files)).containsExactly("Fil", "Storlek", "Vem", "När");
        assertThat(column(files, 0)).containsExactly("bänk.jpg");
        assertThat(column(files, 1)).containsExactly("1 kB");
        assertThat(column(files, 2)).containsExactly("Anna Lindqvist");
        CaseAttachment stored = attachments.of(c.id()).getFirst();
        Anchor link = (Anchor) test(files).getCellComponent(0, 0);
        assertThat(link.getId()).hasValue("attachment-" + stored.id());
        assertThat(link.getHref()).isNotBlank();
        var timeline = grid("case-timeline");
        assertThat(cell(timeline, test(timeline).size() - 1, 2)).isEqualTo("Fil bifogad");
        assertThat(cell(timeline, test(timeline).size() - 1, 5)).isEqualTo("bänk.jpg");
    }

    @Test
    void a_file_of_a_type_that_is_not_allowed_is_refused_with_a_message_and_nothing_is_attached() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Brev om snöröjning.");
        openApp();
        navigate("cases/" + c.id(), CaseDetailView.class);

        // The browser's file chooser offers only the allowed types; a renamed file still reaches the server.
        upload("case-attachment-upload", "brev.jpg", "text/html");

        // The upload handler answers through UI.access: the message may need one more round trip to show.
        Notification refused = org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return $(Notification.class).all().stream().reduce((first, last) -> last).orElse(null);
                }, java.util.Objects::nonNull);
        assertThat(test(refused).getText())
                .isEqualTo("Filer av den typen kan inte bifogas (PDF, bilder, text och kontorsdokument går bra).");
        assertThat(attachments.of(c.id())).isEmpty();
    }

    @Test
    void a_jinan_operator_registers_a_walk_in_letter_with_its_scan_attached() {
        SignedInStaff.as("jinan", "li.agent", "李娜", Role.AGENT);
        openApp();
        navigate(IntakeView.class);
        test(combo("intake-kind")).selectItem("投诉");
        test(combo("intake-category")).selectItem("市容环境");
        test(textArea("intake-description")).setValue("来信反映小区门口垃圾堆放，附照片。");
        // The upload field's own button and drop hint speak Chinese too, not Vaadin's English.
        var words = $(Upload.class).id("intake-attachments").getI18n();
        assertThat(words.getAddFiles().getMany()).isEqualTo("上传文件…");
        assertThat(words.getDropFiles().getMany()).isEqualTo("将文件拖放到此处");

        upload("intake-attachments", "来信扫描.png", "image/png");
        assertThat($(Paragraph.class).id("intake-attachment-names").getText()).isEqualTo("登记时一并上传：来信扫描.png");
        test($(Button.class).id("intake-register")).click();

        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(column(grid("case-attachments"), 0)).containsExactly("来信扫描.png");
        var timeline = grid("case-timeline");
        assertThat(column(timeline, 2)).containsSubsequence("受理登记", "上传附件");
    }

    @Test
    void the_case_view_with_a_file_has_no_hard_coded_text() {
        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase c = streetComplaint(anna, "Trasig lekplats.");
        attachments.attach(anna, c.id(), c.version(), "lekplats.png", "image/png", PHOTO);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        CaseDetailView view = navigate("cases/" + c.id(), CaseDetailView.class);
        HardCodedTextGuard.assertNoHardCodedText(view);
        HardCodedTextGuard.assertNoHardCodedText(test(grid("case-attachments")).getCellComponent(0, 0));
        assertThat(column(grid("case-attachments"), 1)).containsExactly("⟦1 kB⟧");
    }
}
