package org.citydialogue.cases;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) one record at a
 * time, counting lines as a text editor does, so problems can name the line a person sees.
 */
final class CsvRows {

    private final Reader in;
    // Our own buffer, scanned a field at a time: a Reader's read() per character takes a lock each time.
    private final char[] chunk = new char[1 << 16];
    private final CsvRow row = new CsvRow();
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    long line() {
        return recordLine;
    }

    /**
     * The next record, or null at the end; a malformed record throws with its line. The row is the
     * same object each time, refilled: read it before asking for the next.
     */
    CsvRow next() throws IOException {
        if (!more()) {
            return null;
        }
        recordLine = line;
        row.clear();
        while (true) {
            if (more() && chunk[position] == '"') {
                position++;
                quoted();
                if (!more()) {
                    row.endField();
                    return row;
                }
                char after = chunk[position++];
                if (after == ',') {
                    row.endField();
                    continue;
                }
                if (after != '\n' && after != '\r') {
                    throw new MalformedRow(recordLine);
                }
                endLine(after);
                row.endField();
                return row;
            }
            // Unquoted: a quote inside is an ordinary character.
            while (true) {
                int start = position;
                while (position < limit) {
                    char c = chunk[position];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    position++;
                }
                row.append(chunk, start, position - start);
                if (position < limit || !more()) {
                    break;
                }
            }
            row.endField();
            if (position == limit) {
                return row;
            }
            char delimiter = chunk[position++];
            if (delimiter != ',') {
                endLine(delimiter);
                return row;
            }
        }
    }

    /** Reads a quoted field's text up to and including its closing quote. */
    private void quoted() throws IOException {
        while (true) {
            if (!more()) {
                throw new MalformedRow(recordLine);
            }
            int start = position;
            while (position < limit) {
                char c = chunk[position];
                if (c == '"') {
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                position++;
            }
            row.append(chunk, start, position - start);
            if (position == limit) {
                continue;
            }
            position++;
            if (!more() || chunk[position] != '"') {
                return;
            }
            row.append('"');
            position++;
        }
    }

    /** After a record's \n, \r or \r\n. */
    private void endLine(char c) throws IOException {
        if (c == '\r' && more() && chunk[position] == '\n') {
            position++;
        }
        line++;
    }

    /** Whether there is a character at {@code position}, reading the next chunk if needed. */
    private boolean more() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = Math.max(in.read(chunk, 0, chunk.length), 0);
        position = 0;
        return limit > 0;
    }

    /** A record that is not valid CSV (e.g. an unclosed quote). */
    static final class MalformedRow extends IOException {
        final long line;

        MalformedRow(long line) {
            super("Malformed CSV record at line " + line);
            this.line = line;
        }
    }
}
