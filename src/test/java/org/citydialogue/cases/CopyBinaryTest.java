package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A CSV field goes into COPY as the very bytes its String would give, whatever its characters. */
class CopyBinaryTest {

    @Test
    void a_field_is_encoded_as_its_string_would_be() throws IOException {
        Random random = new Random(11);
        char[] pick = {'a', 'Z', ' ', 'ä', 'ß', '中', '€', '\uD83D', '\uDE00', '\u07FF', '\u0800', '\uFFFF', '\u007F',
            '\u0080', '\uFFFD'};
        for (int i = 0; i < 2000; i++) {
            char[] text = new char[random.nextInt(8)];
            for (int c = 0; c < text.length; c++) {
                text[c] = pick[random.nextInt(pick.length)];
            }
            assertSameBytes(new String(text).replace(",", ""));
        }
        for (String text : List.of("", "Trasiga parkbänkar", "😀", "\uD83D", "\uDE00x", "x\uD83D", "中文,逗号")) {
            assertSameBytes(text);
        }
    }

    private static void assertSameBytes(String text) throws IOException {
        // The field is read from a row of three, so its neighbours' characters are there too.
        String csv = "\uD83D\uDE00\uD83D,\"" + text.replace("\"", "\"\"") + "\",\uDE00x\n";
        CsvRow row = new CsvRows(new StringReader(csv)).next();
        CopyBinary fromRow = new CopyBinary();
        CopyBinary fromString = new CopyBinary();
        fromRow.text(row, 1);
        fromString.text(row.get(1));
        assertThat(row.get(1)).isEqualTo(text);
        assertThat(Arrays.copyOf(fromRow.bytes(), fromRow.size())).as(text)
                .isEqualTo(Arrays.copyOf(fromString.bytes(), fromString.size()));
    }
}
