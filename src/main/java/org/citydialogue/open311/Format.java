package org.citydialogue.open311;

import java.util.Optional;

/** The two formats of GeoReport v2, chosen by the path's extension ({@code services.xml}, {@code services.json}). */
public enum Format {
    XML("xml", "text/xml;charset=UTF-8"),
    JSON("json", "application/json;charset=UTF-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a path asks for by its extension; XML, the spec's required one, when it names none we know. */
    public static Format ofPath(String path) {
        return fromExtension(path == null ? null : path.substring(path.lastIndexOf('.') + 1)).orElse(XML);
    }

    public static Optional<Format> fromExtension(String extension) {
        for (Format format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
