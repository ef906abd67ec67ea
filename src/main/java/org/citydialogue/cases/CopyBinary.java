package org.citydialogue.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format, so the server parses no text: timestamps travel as
 * microseconds since 2000, text as its UTF-8 bytes. Empty text is NULL, as in the CSV import.
 */
final class CopyBinary {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, // flags: no OIDs
        0, 0, 0, 0}; // no header extension
    private static final long POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    // Sent on in pieces well below G1's humongous size (half a region, 1 MB at the app's heap): a
    // buffer of 1 MB or more set off a concurrent marking of the whole heap at every import.
    private static final int CAPACITY = 256 << 10;
    private static final int FULL = 192 << 10;

    private byte[] bytes;
    private int size;

    CopyBinary() {
        bytes = new byte[CAPACITY];
        put(HEADER, 0, HEADER.length);
    }

    /** Whether the rows so far should be sent before more are added. */
    boolean full() {
        return size >= FULL;
    }

    void row(int fields) {
        int16(fields);
    }

    void text(String value) {
        if (value == null || value.isEmpty()) {
            int32(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        put(utf8, 0, utf8.length);
    }

    /** A CSV field's text, encoded straight from the row's characters as {@code String.getBytes(UTF_8)} would. */
    void text(CsvRow row, int field) {
        int from = row.start(field);
        int to = row.end(field);
        if (from == to) {
            int32(-1);
            return;
        }
        // A char takes at most 3 bytes (a surrogate pair 4 for its two).
        room(4 + 3 * (to - from));
        int lengthAt = size;
        size += 4;
        char[] chars = row.chars;
        byte[] out = bytes;
        int at = size;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int point = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xf0 | point >> 18);
                out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | point & 0x3f);
            } else {
                out[at++] = '?'; // an unpaired surrogate, replaced as getBytes does
            }
        }
        int length = at - size;
        size = lengthAt;
        int32(length);
        size = at;
    }

    void timestamp(Instant value) {
        if (value == null) {
            int32(-1);
            return;
        }
        // Rounded to the microsecond, as PostgreSQL rounds a text timestamp.
        bigint((value.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000 + (value.getNano() + 500) / 1000);
    }

    void bigint(long value) {
        int32(8);
        int32((int) (value >>> 32));
        int32((int) value);
    }

    /** The file trailer, written once after the last row. */
    void end() {
        int16(-1);
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void int16(int value) {
        room(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        room(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void put(byte[] source, int from, int length) {
        room(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
