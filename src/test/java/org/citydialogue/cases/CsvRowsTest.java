package org.citydialogue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CSV as a spreadsheet writes it reads back field for field, with the line each record starts on,
 * however the reader's chunks happen to fall; malformed records name their line.
 */
class CsvRowsTest {

    /** Each record as its line and fields, read whole and a character at a time. */
    private static List<String> read(String csv) throws IOException {
        List<String> whole = records(new StringReader(csv));
        assertThat(records(new OneCharAtATime(csv))).isEqualTo(whole);
        return whole;
    }

    private static List<String> records(Reader in) throws IOException {
        CsvRows rows = new CsvRows(in);
        List<String> records = new ArrayList<>();
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            records.add(rows.line() + ":" + row.fields());
        }
        return records;
    }

    @Test
    void quoted_fields_doubled_quotes_and_line_breaks_inside_quotes() throws IOException {
        assertThat(read("a,b,c\n\"x,1\",\"say \"\"hej\"\"\",\"two\nlines\"\r\nlast,,\n")).containsExactly(
                "1:[a, b, c]", "2:[x,1, say \"hej\", two\nlines]", "4:[last, , ]");
        assertThat(read("a\rb\r\n\r\nc")).containsExactly("1:[a]", "2:[b]", "3:[]", "4:[c]");
        assertThat(read("\"\",\"\"\"\",a\"b\"\n")).containsExactly("1:[, \", a\"b\"]");
        assertThat(read("x,\"end\"")).containsExactly("1:[x, end]");
        assertThat(read("x,")).containsExactly("1:[x, ]");
        assertThat(read("")).isEmpty();
        assertThat(read("\"a\r\nb\"\r\nc\n")).containsExactly("1:[a\r\nb]", "3:[c]");
    }

    @Test
    void a_malformed_record_names_the_line_it_starts_on() {
        assertThatThrownBy(() -> read("a\nb,\"open\nstill open")).isInstanceOfSatisfying(CsvRows.MalformedRow.class,
                e -> assertThat(e.line).isEqualTo(2));
        assertThatThrownBy(() -> read("a\n\n\"quoted\"then text\n")).isInstanceOfSatisfying(
                CsvRows.MalformedRow.class, e -> assertThat(e.line).isEqualTo(3));
        assertThatThrownBy(() -> read("\"a\"\"")).isInstanceOf(CsvRows.MalformedRow.class);
    }

    @Test
    void random_fields_written_as_csv_read_back_the_same() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab ,\"\n\räö中😀";
        for (int file = 0; file < 300; file++) {
            StringBuilder csv = new StringBuilder();
            List<String> expected = new ArrayList<>();
            long line = 1;
            for (int record = random.nextInt(4); record > 0; record--) {
                List<String> fields = new ArrayList<>();
                for (int field = 1 + random.nextInt(4); field > 0; field--) {
                    StringBuilder text = new StringBuilder();
                    for (int c = random.nextInt(6); c > 0; c--) {
                        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                    }
                    fields.add(text.toString());
                }
                expected.add(line + ":" + fields);
                String written = String.join(",", fields.stream().map(CsvRowsTest::quoted).toList());
                csv.append(written).append(random.nextBoolean() ? "\n" : "\r\n");
                line += 1 + written.chars().filter(c -> c == '\n').count();
            }
            assertThat(read(csv.toString())).as(csv.toString()).isEqualTo(expected);
        }
    }

    private static String quoted(String field) {
        return field.matches("[^,\"\n\r]+") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** A reader that gives one character per read, so every boundary between chunks is crossed. */
    private static final class OneCharAtATime extends Reader {
        private final String text;
        private int next;

        OneCharAtATime(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next == text.length()) {
                return -1;
            }
            buffer[offset] = text.charAt(next++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
