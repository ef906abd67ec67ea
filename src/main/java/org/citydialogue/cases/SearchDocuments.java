package org.citydialogue.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.citydialogue.tenancy.Tenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes search documents for many cases at once, set-based (one read, one update a batch): the
 * cases an import left without one, and cases whose texts retention replaced.
 *
 * <p>An import does not index its cases one by one: it notes the range of ids it wrote in
 * {@code search_backlog} (tenant migration V20), and {@link #writeOwed} works through those ranges.
 * A range shrinks in the transaction that writes its documents and goes with the last of them, so
 * a crash loses no case and writes none twice. (An index of the cases without a document made every
 * import maintain one more index entry per case.)
 */
@Component
class SearchDocuments {

    private final JdbcClient jdbc;

    SearchDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Range(long id, long from, long to) {
    }

    /**
     * Writes the documents of the current tenant's cases owed in the next window of {@code batch} ids.
     * A range another run is working on is skipped (locked), so two runs never wait on each other.
     *
     * @return how many were written; 0 when nothing is owed
     */
    @Transactional
    int writeOwed(Tenant tenant, int batch) {
        for (Optional<Range> range = nextRange(); range.isPresent(); range = nextRange()) {
            Range r = range.get();
            // A window of ids, not a count of rows: a case another transaction indexes meanwhile drops
            // out of the read, which must not end the range early.
            long last = Math.min(r.to(), r.from() + batch - 1);
            List<Long> ids = write(tenant, "select id, description from resident_case where id between ? and ? "
                    + "and search is null", r.from(), last);
            if (last == r.to()) {
                jdbc.sql("delete from search_backlog where id = ?").param(r.id()).update();
            } else {
                jdbc.sql("update search_backlog set from_id = ? where id = ?").params(last + 1, r.id()).update();
            }
            if (!ids.isEmpty()) {
                return ids.size();
            }
        }
        return 0;
    }

    /** Writes the documents of these cases of the current tenant again, from their texts as they are now. */
    @Transactional
    void rewrite(Tenant tenant, Long[] caseIds, int batch) {
        for (int from = 0; from < caseIds.length; from += batch) {
            write(tenant, "select id, description from resident_case where id = any(?)",
                    (Object) Arrays.copyOfRange(caseIds, from, Math.min(caseIds.length, from + batch)));
        }
    }

    private Optional<Range> nextRange() {
        return jdbc.sql("select id, from_id, to_id from search_backlog order by id limit 1 for update skip locked")
                .query((rs, n) -> new Range(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    /** The documents of the cases {@code casesSql} selects (id, description), with their notes. */
    private List<Long> write(Tenant tenant, String casesSql, Object... params) {
        SearchLanguage language = SearchLanguage.of(tenant);
        List<Long> ids = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        jdbc.sql("""
                select c.id, c.description, coalesce(string_agg(e.note, E'\\n' order by e.id), '') as notes
                from (%s for update) c
                left join case_event e on e.case_id = c.id and e.note is not null
                group by c.id, c.description
                order by c.id
                """.formatted(casesSql)).params(params).query(rs -> {
                    ids.add(rs.getLong(1));
                    documents.add(language.document(rs.getString(2)));
                    notes.add(language.document(rs.getString(3)));
                });
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update resident_case r set search = setweight(to_tsvector('%1$s', d.document), 'A')
                        || setweight(to_tsvector('%1$s', d.notes), 'B')
                    from unnest(?::bigint[], ?::text[], ?::text[]) as d(id, document, notes)
                    where r.id = d.id
                    """.formatted(language.config))
                    .params(ids.toArray(Long[]::new), documents.toArray(String[]::new),
                            notes.toArray(String[]::new))
                    .update();
        }
        return ids;
    }
}
