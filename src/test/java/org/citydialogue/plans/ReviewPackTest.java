package org.citydialogue.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citydialogue.AppTest;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review pack in Chinese and Swedish: the text is in the PDF as text (extractable), Chinese in
 * an embedded font, and each pack's first page is rendered to target/review-pack-*.png for a look.
 */
@AppTest
class ReviewPackTest {

    @Autowired
    ReviewPack pack;

    @Autowired
    Plans plans;

    @Autowired
    SteeringReviews reviews;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void the_chinese_pack_carries_chinese_text_in_an_embedded_font_and_renders() throws Exception {
        byte[] pdf = render(SupportedLanguage.ZH_HANS, "韦斯特罗斯—济南：市民对话");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("韦斯特罗斯—济南：市民对话", "指导小组评审", "两天内答复或告知办理部门", "张敏",
                    // No font of the pack has the emoji: a stand-in, not a failed pack.
                    "进度。?");
            assertThat(fonts(document)).anyMatch(font -> font.isEmbedded() && font.getName().contains("CityDialogueCJK"));
            BufferedImage page = look(document, "zh-Hans");
            assertThat(inkIn(page, 0, 0, page.getWidth(), page.getHeight() / 8)).as("title drawn").isGreaterThan(200);
        }
    }

    @Test
    void the_swedish_pack_is_in_swedish_and_marks_what_is_not_yet_translated() throws Exception {
        byte[] pdf = render(SupportedLanguage.SV, "Västerås–Jinan: medborgardialog");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Västerås–Jinan: medborgardialog", "Styrgruppsgenomgång", "Avviker",
                    "12345满意率 (inte översatt ännu)");
            look(document, "sv");
        }
    }

    private byte[] render(SupportedLanguage language, String name) {
        StaffUser zhang = Members.zhang();
        LocalDate from = language == SupportedLanguage.SV ? LocalDate.of(2028, 1, 1) : LocalDate.of(2028, 7, 1);
        long id = reviews.open(zhang, Members.PARTNERSHIP, from, from.plusMonths(6).minusDays(1));
        reviews.writeMinutes(zhang, Members.PARTNERSHIP, id, 0, SupportedLanguage.ZH_HANS,
                "会议讨论了回访调查的进度。👍\n下次会议在韦斯特罗斯举行。");
        reviews.signOff(zhang, Members.PARTNERSHIP, id, 1);
        Plan plan = plans.plan(zhang, Members.PARTNERSHIP).orElseThrow();
        SteeringReview review = reviews.review(zhang, Members.PARTNERSHIP, id).orElseThrow();
        return pack.render(name, plan, review, language, Formats.of(language.locale(), ZoneId.of("Asia/Shanghai")));
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static BufferedImage look(PDDocument document, String language) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
        Path png = Path.of("target", "review-pack-" + language + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
        return image;
    }

    /** Dark pixels in a region: drawn glyphs, where a missing font would leave nothing or boxes. */
    private static int inkIn(BufferedImage image, int x0, int y0, int width, int height) {
        int ink = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
