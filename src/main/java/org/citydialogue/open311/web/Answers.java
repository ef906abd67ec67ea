package org.citydialogue.open311.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citydialogue.open311.Document;
import org.citydialogue.open311.DocumentWriter;
import org.citydialogue.open311.Format;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes documents in the format the path asks for (.xml or .json). */
final class Answers {

    private Answers() {
    }

    static ResponseEntity<byte[]> of(int status, Format format, Document document) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(format.contentType()))
                .body(DocumentWriter.write(document, format));
    }

    static ResponseEntity<byte[]> of(int status, String path, Document document) {
        return of(status, Format.ofPath(path), document);
    }

    /** For answers given before the request reaches a controller (sign-in, rate limit). */
    static void write(HttpServletResponse response, String path, int status, Document document) throws IOException {
        Format format = Format.ofPath(path);
        byte[] body = DocumentWriter.write(document, format);
        response.setStatus(status);
        response.setContentType(format.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
