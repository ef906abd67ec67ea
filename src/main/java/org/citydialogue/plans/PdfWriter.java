package org.citydialogue.plans;

import com.ibm.icu.text.BreakIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes flowing text onto A4 pages: headings, wrapped paragraphs and simple tables, starting a
 * new page when one is full. Lines break where the reader's language allows (ICU line breaking,
 * which also breaks between Chinese characters).
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final Locale locale;
    private PDPageContentStream page;
    private float y;

    PdfWriter(Locale locale) throws IOException {
        this.locale = locale;
        this.fonts = new PdfFonts(document);
        newPage();
    }

    void title(String text) throws IOException {
        paragraph(text, 18, true, 0, WIDTH);
        y -= 6;
    }

    void heading(String text) throws IOException {
        y -= 10;
        paragraph(text, 13, true, 0, WIDTH);
        y -= 2;
    }

    /** A paragraph per line of {@code text}, as typed in (minutes keep their line breaks). */
    void text(String text) throws IOException {
        for (String line : text.split("\\R")) {
            paragraph(line.replaceAll("\\p{Cntrl}", " "), 10, false, 0, WIDTH);
        }
    }

    /** One table row: each cell wrapped within its share of the width; the row is as high as its tallest cell. */
    void row(boolean header, float[] shares, String... cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            wrapped.add(wrap(cells[i], 9, header, WIDTH * shares[i] - 6));
            lines = Math.max(lines, wrapped.get(i).size());
        }
        ensureRoom(lines * 12 + 4);
        float x = 0;
        for (int i = 0; i < cells.length; i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                draw(line, 9, header, MARGIN + x, lineY);
                lineY -= 12;
            }
            x += WIDTH * shares[i];
        }
        y -= lines * 12 + 4;
    }

    byte[] finish() throws IOException {
        page.close();
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void paragraph(String text, float size, boolean bold, float indent, float width) throws IOException {
        for (String line : wrap(text, size, bold, width - indent)) {
            ensureRoom(size * 1.4f);
            draw(line, size, bold, MARGIN + indent, y);
            y -= size * 1.4f;
        }
    }

    private List<String> wrap(String text, float size, boolean bold, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (!line.isEmpty() && width(line + piece.stripTrailing(), size, bold) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(piece);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private float width(String text, float size, boolean bold) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = printable(text.codePointAt(i), bold);
            String character = new String(Character.toChars(codePoint));
            width += fonts.forCharacter(codePoint, bold).getStringWidth(character) / 1000 * size;
            i += Character.charCount(text.codePointAt(i));
        }
        return width;
    }

    /** Draws a line in runs of one font each. */
    private void draw(String text, float size, boolean bold, float x, float atY) throws IOException {
        page.beginText();
        page.newLineAtOffset(x, atY);
        PDFont current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int original = text.codePointAt(i);
            int codePoint = printable(original, bold);
            PDFont font = fonts.forCharacter(codePoint, bold);
            if (font != current && !run.isEmpty()) {
                page.setFont(current, size);
                page.showText(run.toString());
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(codePoint);
            i += Character.charCount(original);
        }
        if (!run.isEmpty()) {
            page.setFont(current, size);
            page.showText(run.toString());
        }
        page.endText();
    }

    /** The character, or a question mark where no font of the pack has it (a rare ideograph, an emoji). */
    private int printable(int codePoint, boolean bold) {
        return fonts.forCharacter(codePoint, bold) != null ? codePoint : '?';
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN - 12;
    }
}
