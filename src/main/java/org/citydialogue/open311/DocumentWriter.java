package org.citydialogue.open311;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Document} as GeoReport v2 JSON (with Jackson) or XML (with the JDK's StAX writer).
 * Text is written with every character XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF,
 * lone surrogates) replaced by U+FFFD: refusals quote what the client sent, which may hold them.
 */
public final class DocumentWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private DocumentWriter() {
    }

    public static byte[] write(Document document, Format format) {
        return format == Format.JSON ? JSON.writeValueAsBytes(plain(document.content())) : xml(document);
    }

    private static Object plain(Object value) {
        if (value instanceof Document.Items items) {
            List<Object> list = new ArrayList<>();
            items.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, plain(v)));
            return copy;
        }
        return value instanceof String text ? legal(text) : value;
    }

    private static byte[] xml(Document document) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, document.root(), document.content());
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        children(xml, value);
        xml.writeEndElement();
    }

    private static void children(XMLStreamWriter xml, Object value) throws XMLStreamException {
        if (value instanceof Document.Items items) {
            for (Object item : items.values()) {
                element(xml, items.name(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                element(xml, (String) entry.getKey(), entry.getValue());
            }
        } else if (value != null) {
            xml.writeCharacters(legal(String.valueOf(value)));
        }
    }

    private static String legal(String text) {
        if (text.codePoints().allMatch(DocumentWriter::legal)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(legal(c) ? c : 0xFFFD));
        return kept.toString();
    }

    private static boolean legal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
