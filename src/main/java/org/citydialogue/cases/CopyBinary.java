package org.citydialogue.cases;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
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

    // Unpaired surrogates become '?', as in String.getBytes.
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] bytes;
    private int size;
    private ByteBuffer out = ByteBuffer.allocate(0);
    private CharBuffer in = CharBuffer.allocate(0);

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
        // Views kept from field to field, made again only when an array behind them grows.
        if (out.array() != bytes) {
            out = ByteBuffer.wrap(bytes);
        }
        if (in.array() != row.chars) {
            in = CharBuffer.wrap(row.chars);
        }
        out.limit(bytes.length).position(size + 4);
        in.limit(to).position(from);
        utf8.reset().encode(in, out, true);
        utf8.flush(out);
        int length = out.position() - size - 4;
        int32(length);
        size += length;
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
