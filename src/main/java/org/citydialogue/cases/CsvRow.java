package org.citydialogue.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV record's fields as characters in one reused buffer, refilled by {@link CsvRows} for each
 * record: the import checks and encodes fields where they lie, with no String per field.
 */
final class CsvRow {

    char[] chars = new char[1024];
    private int length;
    private int[] ends = new int[16];
    private int size;

    /** How many fields the record has. */
    int size() {
        return size;
    }

    /** Where a field's characters begin in {@link #chars}. */
    int start(int field) {
        return field == 0 ? 0 : ends[field - 1];
    }

    /** Where a field's characters end in {@link #chars} (exclusive). */
    int end(int field) {
        return ends[field];
    }

    int length(int field) {
        return end(field) - start(field);
    }

    boolean isEmpty(int field) {
        return length(field) == 0;
    }

    /** As {@code get(field).isBlank()}: whitespace is never a surrogate, so char by char is enough. */
    boolean isBlank(int field) {
        for (int i = start(field); i < end(field); i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field holds exactly the characters of {@code text}. */
    boolean is(int field, char[] text) {
        return Arrays.equals(chars, start(field), end(field), text, 0, text.length);
    }

    /** A cheap hash of the field's text from its length and three of its characters; see {@link #hash(String)}. */
    int hash(int field) {
        int start = start(field);
        int length = end(field) - start;
        return length == 0 ? 0 : hash(length, chars[start], chars[start + length / 2], chars[start + length - 1]);
    }

    /** The same hash for a text that is not in a row. */
    static int hash(String text) {
        int length = text.length();
        return length == 0 ? 0 : hash(length, text.charAt(0), text.charAt(length / 2), text.charAt(length - 1));
    }

    private static int hash(int length, char first, char middle, char last) {
        return ((length * 31 + first) * 31 + middle) * 31 + last;
    }

    String get(int field) {
        return new String(chars, start(field), length(field));
    }

    List<String> fields() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(get(i));
        }
        return fields;
    }

    void clear() {
        length = 0;
        size = 0;
    }

    void append(char[] source, int from, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
        System.arraycopy(source, from, chars, length, count);
        length += count;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    /** Ends the current field at the characters appended so far. */
    void endField() {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = length;
    }

    /** Whether no character has been appended to the current field yet. */
    boolean fieldIsEmpty() {
        return length == (size == 0 ? 0 : ends[size - 1]);
    }
}
