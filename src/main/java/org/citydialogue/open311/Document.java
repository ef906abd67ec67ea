package org.citydialogue.open311;

import java.util.List;
import java.util.Map;

/**
 * An answer of the API before it is written as JSON or XML. Values are null, strings, numbers,
 * booleans, ordered maps (an object; an element with children) and {@link Items} (a JSON array; a
 * repeated XML element). In XML the document is wrapped in its root element, as the spec shows.
 */
public record Document(String root, Object content) {

    /** A list: in JSON an array, in XML one {@code name} element per item. */
    public record Items(String name, List<?> values) {
    }

    public static Document list(String root, String item, List<? extends Map<String, ?>> values) {
        return new Document(root, new Items(item, values));
    }

    public static Document object(String root, Map<String, ?> fields) {
        return new Document(root, fields);
    }
}
