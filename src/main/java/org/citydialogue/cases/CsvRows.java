package org.citydialogue.cases;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) one record at a
 * time, counting lines as a text editor does, so problems can name the line a person sees.
 */
final class CsvRows {

    private final Reader in;
    // Our own buffer: a Reader's read() per character takes a lock each time.
    private final char[] chunk = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int next = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    long line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end; a malformed record throws with its line. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedRow(recordLine);
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    countLine(c);
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (wasQuoted) {
                throw new MalformedRow(recordLine);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void countLine(int c) {
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (next != -2) {
            int c = next;
            next = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(chunk, 0, chunk.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return chunk[position++];
    }

    private void unread(int c) {
        next = c;
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
