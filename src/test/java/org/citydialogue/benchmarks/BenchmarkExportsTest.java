package org.citydialogue.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citydialogue.AppTest;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.tenancy.TenantDirectory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A steering committee takes the dashboard away: CSV, Excel, and a PDF report in Chinese. */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkExportsTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

    @Autowired
    CaseRows rows;

    @Autowired
    BenchmarkPublications publications;

    @Autowired
    BenchmarkDashboards dashboards;

    @Autowired
    BenchmarkExports exports;

    @Autowired
    JdbcClient jdbc;

    private Dashboard dashboard;

    @BeforeAll
    void bothCitiesPublishMay() {
        MayOf2020.publish(rows, publications, List.of("response-rate", "promise-kept"));
        SignedInStaff.as("jinan", "zhang.supervisor", "张敏", Role.SUPERVISOR);
        dashboard = dashboards.dashboard(MayOf2020.PARTNERSHIP, "response-rate");
    }

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void the_csv_has_a_column_per_city_and_the_average_with_plain_numbers() {
        String csv = new String(exports.csv(dashboard, false, CHINESE), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF月份,济南市,韦斯特罗斯市,伙伴平均值");
        assertThat(lines).contains("2020-05,1.0," + 35.0 / 36 + "," + (1.0 + 35.0 / 36) / 2);
    }

    @Test
    void the_excel_sheet_holds_numbers_not_text() throws Exception {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(
                exports.xlsx(dashboard, false, Locale.forLanguageTag("sv"))))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("Västerås stad");
            Row may = rows.stream().filter(r -> "2020-05".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(may.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(35.0 / 36);
        }
    }

    @Test
    void the_pdf_report_prints_chinese_in_an_embedded_font_and_renders_to_an_image() throws Exception {
        byte[] pdf = exports.pdf(dashboard, false, CHINESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("对标报告：响应率", "济南", "韦斯特罗斯", "97.2%", "伙伴平均值");
            // The notes too are in the report's language: the comparability note in Chinese, not English.
            assertThat(text).contains("无论多晚").doesNotContain("however late");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("CityDialogueCJK");
            assertThat(font.isEmbedded()).isTrue();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "screenshots", "benchmark-report-zh-Hans.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertThat(dark(image)).as("the page has ink: text, chart and table").isGreaterThan(2_000);
        }
    }

    private static long dark(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
