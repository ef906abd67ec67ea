package org.citydialogue.benchmarks;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 page of a benchmark report: title, definition and notes, a line chart of the monthly trend
 * (a line per city, the partnership average dashed, the target), and the table of values. Text is
 * set in an embedded CJK font subset, so Chinese prints as Chinese wherever the file is opened.
 */
final class PdfReport {

    static final String FONT = "fonts/CityDialogueCJK-Regular.ttf";
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e)};
    private static final float MARGIN = 50;

    private final String title;
    private final List<String> notes;
    private final List<String> cities;
    private final List<DashboardRows.Row> rows;
    private final List<List<String>> table;
    private final Double target;
    private final String averageName;
    private final Function<Double, String> format;

    PdfReport(String title, List<String> notes, List<String> cities, List<DashboardRows.Row> rows,
            List<List<String>> table, Double target, String averageName, Function<Double, String> format) {
        this.format = format;
        this.title = title;
        this.notes = notes;
        this.cities = cities;
        this.rows = rows;
        this.table = table;
        this.target = target;
        this.averageName = averageName;
    }

    byte[] render() {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = Objects.requireNonNull(PdfReport.class.getClassLoader().getResourceAsStream(FONT))) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream pdf = new PDPageContentStream(document, page)) {
                y = text(pdf, font, 16, title, y);
                for (String note : notes) {
                    for (String line : wrap(note, font, 9, width)) {
                        y = text(pdf, font, 9, line, y - 2);
                    }
                }
                y = chart(pdf, font, y - 16, width, 200);
                tableRows(pdf, font, y - 20, width);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float text(PDPageContentStream pdf, PDType0Font font, float size, String text, float y)
            throws IOException {
        float baseline = y - size;
        write(pdf, font, size, text, MARGIN, baseline);
        return baseline - 4;
    }

    private static void write(PDPageContentStream pdf, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        pdf.beginText();
        pdf.setFont(font, size);
        pdf.newLineAtOffset(x, y);
        pdf.showText(text);
        pdf.endText();
    }

    /** Lines of at most {@code width}; Chinese has no spaces, so it breaks between any characters. */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (font.getStringWidth(line.toString()) / 1000 * size > width) {
                int space = line.lastIndexOf(" ");
                int cut = space > 0 ? space : line.length() - 1;
                lines.add(line.substring(0, cut).strip());
                line.delete(0, cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private float chart(PDPageContentStream pdf, PDType0Font font, float top, float width, float height)
            throws IOException {
        float bottom = top - height;
        double max = rows.stream().flatMap(row -> {
            List<Double> values = new ArrayList<>(row.cities().stream().map(DashboardRows.Value::value).toList());
            values.add(row.average());
            values.add(target);
            return values.stream();
        }).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
        double top0 = max <= 0 ? 1 : max * 1.1;
        float left = MARGIN + 30;
        float plotWidth = width - 30;
        Function<Double, Float> yOf = value -> (float) (bottom + value / top0 * height);
        pdf.setStrokingColor(Color.GRAY);
        pdf.setLineWidth(0.5f);
        pdf.moveTo(left, bottom);
        pdf.lineTo(left + plotWidth, bottom);
        pdf.moveTo(left, bottom);
        pdf.lineTo(left, top);
        pdf.stroke();
        write(pdf, font, 7, format.apply(0.0), MARGIN - 4, bottom - 2);
        write(pdf, font, 7, format.apply(top0), MARGIN - 4, top - 6);
        float step = rows.size() > 1 ? plotWidth / (rows.size() - 1) : 0;
        for (int i = 0; i < rows.size(); i += Math.max(1, rows.size() / 6)) {
            write(pdf, font, 7, rows.get(i).month().toString(), left + i * step - 10, bottom - 10);
        }
        for (int c = 0; c <= cities.size(); c++) {
            boolean average = c == cities.size();
            pdf.setStrokingColor(average ? Color.BLACK : COLOURS[c % COLOURS.length]);
            pdf.setLineWidth(1.5f);
            pdf.setLineDashPattern(average ? new float[] {4, 3} : new float[0], 0);
            boolean drawing = false;
            for (int i = 0; i < rows.size(); i++) {
                Double value = average ? rows.get(i).average() : rows.get(i).cities().get(c).value();
                if (value == null) {
                    drawing = false;
                    continue;
                }
                if (drawing) {
                    pdf.lineTo(left + i * step, yOf.apply(value));
                } else {
                    pdf.moveTo(left + i * step, yOf.apply(value));
                    drawing = true;
                }
            }
            pdf.stroke();
            // A mark on every value, so a single month still shows.
            pdf.setNonStrokingColor(average ? Color.BLACK : COLOURS[c % COLOURS.length]);
            for (int i = 0; i < rows.size(); i++) {
                Double value = average ? rows.get(i).average() : rows.get(i).cities().get(c).value();
                if (value != null) {
                    pdf.addRect(left + i * step - 2.5f, yOf.apply(value) - 2.5f, 5, 5);
                }
            }
            pdf.fill();
            pdf.setNonStrokingColor(average ? Color.BLACK : COLOURS[c % COLOURS.length]);
            write(pdf, font, 8, average ? averageName : cities.get(c), left + 8 + c * 110, top + 4);
        }
        pdf.setNonStrokingColor(Color.BLACK);
        pdf.setLineDashPattern(new float[0], 0);
        if (target != null) {
            pdf.setStrokingColor(new Color(0x888888));
            pdf.setLineDashPattern(new float[] {1, 2}, 0);
            pdf.moveTo(left, yOf.apply(target));
            pdf.lineTo(left + plotWidth, yOf.apply(target));
            pdf.stroke();
            write(pdf, font, 7, format.apply(target), MARGIN - 4, yOf.apply(target) - 2);
            pdf.setLineDashPattern(new float[0], 0);
        }
        return bottom - 12;
    }

    private void tableRows(PDPageContentStream pdf, PDType0Font font, float top, float width) throws IOException {
        float column = width / table.getFirst().size();
        float y = top;
        for (int r = 0; r < table.size() && y > MARGIN; r++) {
            List<String> cells = table.get(r);
            for (int c = 0; c < cells.size(); c++) {
                write(pdf, font, r == 0 ? 9 : 8, cells.get(c), MARGIN + c * column, y);
            }
            y -= r == 0 ? 14 : 11;
        }
    }
}
