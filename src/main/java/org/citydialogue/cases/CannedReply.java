package org.citydialogue.cases;

/**
 * A canned reply or knowledge-base answer, in one language.
 *
 * @param category the category code it is for, or null for any case
 * @param language the language of {@code text} (sv, en, zh-Hans)
 */
public record CannedReply(String code, String category, String language, String text) {

    /** A short label for pickers: the start of the text. */
    public String label() {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 70 ? oneLine : oneLine.substring(0, 69) + "…";
    }
}
