package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cases of the bound tenant by what an outside system asks for (Open311's GET requests): given
 * case numbers, or categories, open/closed and a window of receipt, newest first.
 */
@Service
public class CaseListing {

    /**
     * @param references case numbers; when given, the other criteria are ignored
     * @param categories empty means any
     * @param open       true: not closed, false: closed, null: either
     * @param from       received at or after (inclusive)
     * @param to         received before or at (inclusive)
     */
    public record Criteria(List<String> references, List<String> categories, Boolean open, Instant from, Instant to,
            int limit) {
    }

    /** A case with when it last changed (any step, note or reply). */
    public record Listed(ResidentCase residentCase, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    CaseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Listed> find(Criteria criteria) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from resident_case where ");
        if (!criteria.references().isEmpty()) {
            sql.append("reference = any (?)");
            params.add(criteria.references().toArray(String[]::new));
        } else {
            sql.append("received_at between ? and ?");
            params.add(Timestamp.from(criteria.from()));
            params.add(Timestamp.from(criteria.to()));
            if (!criteria.categories().isEmpty()) {
                sql.append(" and category = any (?)");
                params.add(criteria.categories().toArray(String[]::new));
            }
            if (criteria.open() != null) {
                sql.append(criteria.open() ? " and closed_at is null" : " and closed_at is not null");
            }
        }
        sql.append(" order by received_at desc, id desc limit ?");
        params.add(criteria.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Listed(Cases.row(rs, n), rs.getTimestamp("updated_at").toInstant())).list();
    }
}
