package org.citydialogue.cases;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.citydialogue.i18n.Msg;

/**
 * What a file must be to be attached: one of the types residents' matters come in (photos,
 * scanned letters, documents), not empty, not over the size limit, and with a name that is safe
 * to store and to offer for download again (no path, no control or reserved characters).
 */
final class AttachmentFiles {

    /** Allowed content types by file extension; the extension decides when the browser sends none or a generic one. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("txt", "text/plain"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private static final int MAX_NAME = 120;

    /** A file checked and ready to store. */
    record Checked(String fileName, String contentType, byte[] content) {
    }

    private AttachmentFiles() {
    }

    /**
     * @throws CaseInputException field {@code file}: empty, too large, or a type that is not allowed
     */
    static Checked check(String fileName, String declaredType, byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new CaseInputException("file", Msg.key("case.error.attachment.empty"));
        }
        if (content.length > maxBytes) {
            throw new CaseInputException("file", Msg.key("case.error.attachment.too.large"));
        }
        String name = sanitise(fileName);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        String declared = declaredType == null ? "" : declaredType.strip().toLowerCase(Locale.ROOT);
        // The extension must be an allowed one, and a specific declared type must agree with it:
        // a "photo.jpg" sent as text/html is refused rather than served back as either.
        boolean generic = declared.isEmpty() || declared.equals("application/octet-stream");
        if (type == null || !(generic || declared.equals(type))) {
            throw new CaseInputException("file", Msg.key("case.error.attachment.type"));
        }
        return new Checked(name, type, content);
    }

    /** The last path segment, NFC, without control or reserved characters, at most 120 characters keeping the extension. */
    static String sanitise(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_")
                .replaceAll("\\s+", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "attachment";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }
}
