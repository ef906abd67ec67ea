package org.citydialogue.i18n;

/**
 * Marks a string literal as a message key, for keys kept for later (in enums, maps, fields).
 *
 * <p>It does nothing at run time; it exists so that MessageCatalogueTest can find every key used
 * in code with a simple scan and fail when one is missing from a catalogue. Always pass a literal.
 */
public final class Msg {

    private Msg() {}

    /** Returns {@code key} unchanged; see the class comment. */
    public static String key(String key) {
        return key;
    }
}
