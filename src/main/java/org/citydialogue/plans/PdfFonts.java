package org.citydialogue.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF: Helvetica for Latin script (Swedish, English), and the app's CJK font (the
 * benchmark reports' too), embedded as a subset, for everything Helvetica cannot encode (Chinese). A text is drawn in runs,
 * each in the font that has its characters.
 */
final class PdfFonts {

    private static final String CJK_FONT = "/fonts/CityDialogueCJK-Regular.ttf";
    private static final byte[] CJK_BYTES = load();

    final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont cjk;

    PdfFonts(PDDocument document) throws IOException {
        cjk = PDType0Font.load(document, new java.io.ByteArrayInputStream(CJK_BYTES), true);
    }

    /**
     * The font for one character: the Latin one (bold or not) where it can encode it, else the CJK
     * one; null when neither has it (the caller draws a stand-in rather than failing the whole pack).
     */
    PDFont forCharacter(int codePoint, boolean bold) {
        String character = new String(Character.toChars(codePoint));
        PDFont latinFont = bold ? latinBold : latin;
        if (encodes(latinFont, character)) {
            return latinFont;
        }
        return encodes(cjk, character) ? cjk : null;
    }

    private static boolean encodes(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    private static byte[] load() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(CJK_FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + CJK_FONT + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
