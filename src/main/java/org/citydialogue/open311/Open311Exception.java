package org.citydialogue.open311;

/**
 * A request the API refuses, answered in GeoReport v2's error format (code and description) with
 * the HTTP status as the code: 400 bad input, 403 not allowed, 404 not found, 429 too many.
 */
public class Open311Exception extends RuntimeException {

    private final int status;

    public Open311Exception(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    public static Open311Exception badRequest(String description) {
        return new Open311Exception(400, description);
    }

    public static Open311Exception forbidden(String description) {
        return new Open311Exception(403, description);
    }

    public static Open311Exception notFound(String description) {
        return new Open311Exception(404, description);
    }

    public int status() {
        return status;
    }

    /** The answer's body: a list of one error. */
    public Document document() {
        return errors(status, getMessage());
    }

    public static Document errors(int status, String description) {
        var error = new java.util.LinkedHashMap<String, Object>();
        error.put("code", status);
        error.put("description", description);
        return Document.list("errors", "error", java.util.List.of(error));
    }
}
