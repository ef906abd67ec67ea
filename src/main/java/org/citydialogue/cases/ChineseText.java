package org.citydialogue.cases;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese text as the search index sees it. PostgreSQL has no Chinese parser, so the app turns a
 * text into space-separated tokens that the {@code simple} configuration indexes as they are:
 *
 * <ul>
 *   <li>the words of ICU's dictionary-based segmentation ({@code 小区 门口 垃圾 三天 …}), which
 *       also splits off Latin words and numbers and drops punctuation;
 *   <li>the character bigrams of every run of Han characters ({@code 垃圾 圾清 清运}), so that a
 *       search finds any substring of two or more characters whatever the segmentation made of it
 *       in the document;
 *   <li>a Han character that stands alone between non-Han text, so one-character names are found.
 * </ul>
 *
 * <p>A query is reduced to what every document containing it as a substring must have: the
 * bigrams of its Han runs (or the character of a one-character run) and its other words, all
 * required. Known limit: a one-character query finds only documents where ICU made that character
 * a word of its own.
 */
final class ChineseText {

    private ChineseText() {}

    /** The document's tokens, space-separated, in text order. */
    static String documentTokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (Token word : words(text)) {
            if (word.han()) {
                // The run's bigrams stand in for it; its ICU words are added once per run.
                continue;
            }
            tokens.add(word.text().toLowerCase(Locale.ROOT));
        }
        for (Run run : hanRuns(text)) {
            tokens.addAll(run.icuWords());
            tokens.addAll(grams(run.text()));
        }
        return String.join(" ", tokens);
    }

    /** The query's tokens, space-separated; every one is required. Empty when nothing is searchable. */
    static String queryTokens(String query) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String term : terms(query)) {
            if (isHan(term.codePointAt(0))) {
                tokens.addAll(grams(term));
            } else {
                tokens.add(term.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", tokens);
    }

    /** The query's own words of three or more Han characters: a document that has them ranks higher. */
    static String queryWords(String query) {
        List<String> words = new ArrayList<>();
        for (Run run : hanRuns(query)) {
            words.addAll(run.icuWords());
        }
        return String.join(" ", words);
    }

    /** What a match looks like in the text: the query's Han runs and its other words. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (Run run : hanRuns(query)) {
            terms.add(run.text());
        }
        for (Token word : words(query)) {
            if (!word.han()) {
                terms.add(word.text());
            }
        }
        return terms;
    }

    /** The bigrams of a run of Han characters, or the character itself if it is alone. */
    static List<String> grams(String run) {
        int[] chars = run.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        if (chars.length == 1) {
            grams.add(run);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            grams.add(new String(chars, i, 2));
        }
        return grams;
    }

    private record Token(String text, int start, boolean han) {
    }

    private record Run(String text, List<String> icuWords) {
    }

    /** ICU's words: letters, ideographs, kana and numbers; spaces and punctuation are dropped. */
    private static List<Token> words(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.SIMPLIFIED_CHINESE);
        words.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String word = text.substring(start, end);
            tokens.add(new Token(word, start, isHan(word.codePointAt(0))));
        }
        return tokens;
    }

    /** Maximal runs of Han characters, each with the multi-character ICU words inside it. */
    private static List<Run> hanRuns(String text) {
        List<Token> words = words(text);
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isHan(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && isHan(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int end = i;
            List<String> inside = words.stream()
                    .filter(w -> w.han() && w.start() >= start && w.start() + w.text().length() <= end
                            && w.text().codePointCount(0, w.text().length()) > 2)
                    .map(Token::text).toList();
            runs.add(new Run(text.substring(start, end), inside));
        }
        return runs;
    }

    static boolean isHan(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HAN
                && UCharacter.hasBinaryProperty(codePoint, UProperty.IDEOGRAPHIC);
    }
}
