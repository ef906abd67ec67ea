package org.citydialogue.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the current tenant's cases: descriptions and the notes of their timelines
 * (reasons, replies, comments), in the tenant's language ({@link SearchLanguage}).
 *
 * <p>Each case keeps its document in {@code resident_case.search}, a tsvector under a GIN index,
 * rewritten by {@link Cases} whenever its description or notes change; a query only looks up the
 * index and ranks the matches ({@code ts_rank_cd}: the description weighs more than notes). The
 * tenant is the one bound to the thread, and its store holds no other tenant's cases.
 */
@Service
public class CaseSearch {

    /** Longer queries are cut here: no one types more, and every word of a query is required. */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_LIMIT = 100;
    static final int PREFIX_FROM = 5;
    /**
     * Ranking reads every match's document from the table: a word in a tenth of ten million cases
     * would take seconds. So the newest {@value #CANDIDATES} matches are ranked: in a contact centre
     * the recent cases are the ones looked for. The query is a bound value, planned for its own words
     * (a custom plan): for a common word the planner walks the primary key backwards and stops after
     * a few thousand rows, for a rare one it reads the GIN index; planned for an unknown query it
     * would read every match of a common word and sort them.
     */
    static final int CANDIDATES = 500;
    private static final String CANDIDATES_SQL = "select id, reference, status, category, description, search"
            + " from resident_case where search @@ ?::tsquery order by id desc limit " + CANDIDATES;
    private static final Pattern STEM = Pattern.compile("'([^' ]{" + PREFIX_FROM + ",})'");
    private static final char START = '\uE000', STOP = '\uE001';
    private static final int SNIPPET_BEFORE = 24, SNIPPET_LENGTH = 140;

    /** A piece of a snippet; {@code matched} pieces are what the query found. Plain text, never markup. */
    public record Segment(String text, boolean matched) {
    }

    /**
     * A case that matches.
     *
     * @param snippet where it matches, in pieces; shown in order, matched pieces highlighted
     */
    public record Hit(long id, String reference, String status, String category, double rank,
            List<Segment> snippet) {

        /** The snippet as plain text. */
        public String snippetText() {
            StringBuilder text = new StringBuilder();
            snippet.forEach(s -> text.append(s.text()));
            return text.toString();
        }

        /** The matched pieces, in order. */
        public List<String> matches() {
            return snippet.stream().filter(Segment::matched).map(Segment::text).toList();
        }
    }

    private final JdbcClient jdbc;
    private final TenantDirectory tenants;

    CaseSearch(JdbcClient jdbc, TenantDirectory tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /**
     * The current tenant's cases that contain every word of {@code query} (Swedish and English
     * words in any inflection), best first.
     *
     * @return at most {@code limit} (1–100) hits; none for a query without letters or digits
     */
    @Transactional(readOnly = true)
    public List<Hit> search(String query, int limit) {
        SearchLanguage language = SearchLanguage.of(currentTenant());
        String text = trim(query);
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        String tokens = language.query(text);
        if (tokens.isBlank()) {
            return List.of();
        }
        int rows = Math.clamp(limit, 1, MAX_LIMIT);
        return language.segmented ? searchSegmented(language, tokens, text, rows) : searchParsed(language, text, rows);
    }

    /**
     * Swedish, English: PostgreSQL stems the query and marks the matches itself ({@code ts_headline}).
     * Snowball's Swedish stemmer leaves some inflections apart ({@code gatlyktor} → gatlykt, but
     * {@code gatlyktan} stays whole), so a stem of {@value #PREFIX_FROM} or more letters also
     * matches as a prefix ({@code gatlykt:*}); a case with the stem itself ranks higher. Shorter
     * stems match exactly, or {@code gat} would find every street.
     */
    private List<Hit> searchParsed(SearchLanguage language, String text, int rows) {
        String exact = jdbc.sql("select plainto_tsquery('" + language.config + "', ?)::text").param(text)
                .query(String.class).single();
        if (exact.isBlank()) {
            return List.of(); // only stop words
        }
        String prefixed = STEM.matcher(exact).replaceAll("'$1':*");
        customPlans();
        return jdbc.sql("""
                with hit as (
                    select c.id, c.reference, c.status, c.category, c.description,
                        ts_rank_cd(c.search, ?::tsquery) + ts_rank_cd(c.search, ?::tsquery) as rank
                    from (%2$s) c
                    order by rank desc, c.id desc
                    limit ?)
                select hit.*, ts_headline('%1$s', translate(hit.description || coalesce(E'\\n' || (
                        select string_agg(e.note, E'\\n' order by e.id) from case_event e
                        where e.case_id = hit.id and e.note is not null), ''), chr(57344) || chr(57345), ''),
                    ?::tsquery, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345)
                        || ', MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "') as headline
                from hit
                order by hit.rank desc, hit.id desc
                """.formatted(language.config, CANDIDATES_SQL))
                .params(prefixed, exact, prefixed, rows, prefixed)
                .query((rs, n) -> new Hit(rs.getLong("id"), rs.getString("reference"), rs.getString("status"),
                        rs.getString("category"), rs.getDouble("rank"), marked(rs.getString("headline"))))
                .list();
    }

    /** Chinese: tokens made here; the snippet is cut from the original text, where the query's terms are. */
    private List<Hit> searchSegmented(SearchLanguage language, String tokens, String text, int rows) {
        String query = jdbc.sql("select plainto_tsquery('" + language.config + "', ?)::text").param(tokens)
                .query(String.class).single();
        String words = ChineseText.queryWords(text);
        String rankQuery = words.isBlank() ? query : jdbc.sql("select (?::tsquery || plainto_tsquery('"
                + language.config + "', ?))::text").params(query, words).query(String.class).single();
        List<String> terms = ChineseText.terms(text);
        customPlans();
        return jdbc.sql("""
                with hit as (
                    select c.id, c.reference, c.status, c.category, c.description,
                        ts_rank_cd(c.search, ?::tsquery) as rank
                    from (%s) c
                    order by rank desc, c.id desc
                    limit ?)
                select hit.*, (select string_agg(e.note, E'\\n' order by e.id) from case_event e
                        where e.case_id = hit.id and e.note is not null) as notes
                from hit
                order by hit.rank desc, hit.id desc
                """.formatted(CANDIDATES_SQL))
                .params(rankQuery, query, rows)
                .query((rs, n) -> {
                    String notes = rs.getString("notes");
                    String all = rs.getString("description") + (notes == null ? "" : "\n" + notes);
                    return new Hit(rs.getLong("id"), rs.getString("reference"), rs.getString("status"),
                            rs.getString("category"), rs.getDouble("rank"), snippet(all, terms));
                })
                .list();
    }

    /** Plans for this transaction's bound queries are made for their values (see {@link #CANDIDATES}). */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /**
     * Rewrites a case's search document from its description and notes. Called in the transaction
     * that changed them; the store is the current tenant's.
     */
    void index(Tenant tenant, long caseId) {
        SearchLanguage language = SearchLanguage.of(tenant);
        String description = jdbc.sql("select description from resident_case where id = ?").param(caseId)
                .query(String.class).single();
        List<String> notes = jdbc.sql("select note from case_event where case_id = ? and note is not null order by id")
                .param(caseId).query(String.class).list();
        jdbc.sql("""
                update resident_case set search = setweight(to_tsvector('%1$s', ?), 'A')
                    || setweight(to_tsvector('%1$s', ?), 'B')
                where id = ?
                """.formatted(language.config))
                .params(language.document(description), language.document(String.join("\n", notes)), caseId)
                .update();
    }

    private Tenant currentTenant() {
        return tenants.require(TenantContext.current()
                .orElseThrow(() -> new IllegalStateException("No tenant bound: search needs a signed-in staff member")));
    }

    /** The query with surrounding space removed, cut to {@link #MAX_QUERY_LENGTH} characters (between words where there are spaces). */
    static String trim(String query) {
        if (query == null) {
            return "";
        }
        String text = query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            int end = MAX_QUERY_LENGTH;
            if (Character.isWhitespace(text.charAt(end))) {
                // cut between words
            } else if (text.lastIndexOf(' ', end) > MAX_QUERY_LENGTH / 2) {
                end = text.lastIndexOf(' ', end); // not inside a word, which would then be required as cut
            } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).strip();
        }
        return text;
    }

    /** ts_headline's text with the private-use start and stop characters as segments. */
    static List<Segment> marked(String headline) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean matched = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                add(segments, piece.toString(), matched);
                piece.setLength(0);
                matched = c == START;
            } else {
                piece.append(c);
            }
        }
        add(segments, piece.toString(), matched);
        return segments;
    }

    /**
     * A snippet of {@code text}: all of a short text, else a window around the first place a term occurs; every occurrence of a term
     * marked; a Han term not found whole is marked by its bigrams, as the index matched it.
     */
    static List<Segment> snippet(String text, List<String> terms) {
        boolean[] marks = new boolean[text.length()];
        for (String term : terms) {
            if (!mark(text, term, marks) && ChineseText.isHan(term.codePointAt(0))) {
                ChineseText.grams(term).forEach(gram -> mark(text, gram, marks));
            }
        }
        int first = 0;
        while (first < marks.length && !marks[first]) {
            first++;
        }
        int start = first == marks.length || text.length() <= SNIPPET_LENGTH ? 0 : Math.max(0, first - SNIPPET_BEFORE);
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        start = safe(text, start);
        end = safe(text, end);
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("…", false));
        }
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || marks[i] != marks[from]) {
                add(segments, text.substring(from, i), marks[from]);
                from = i;
            }
        }
        if (end < text.length()) {
            add(segments, "…", false);
        }
        return segments;
    }

    /** Marks every occurrence of {@code term}, ignoring case; whether there was one. */
    private static boolean mark(String text, String term, boolean[] marks) {
        boolean found = false;
        for (int i = 0; i + term.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                java.util.Arrays.fill(marks, i, i + term.length(), true);
                found = true;
            }
        }
        return found;
    }

    private static int safe(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static void add(List<Segment> segments, String text, boolean matched) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.getLast().matched() == matched) {
            Segment last = segments.removeLast();
            segments.add(new Segment(last.text() + text, matched));
        } else {
            segments.add(new Segment(text, matched));
        }
    }
}
