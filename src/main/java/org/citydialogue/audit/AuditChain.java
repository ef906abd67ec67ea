package org.citydialogue.audit;

import java.util.ArrayList;
import java.util.List;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Verifies a tenant's audit log, which the database keeps as a hash chain (migration
 * {@code V7__audit_chain.sql}: the hash of every row is computed there, by one function, for every
 * writer). Walks the chain in order and names every row whose content no longer matches its hash
 * (edited), that does not follow its predecessor (a row before it rewritten), that sits after a
 * gap (rows deleted) or that is outside the chain (written with the chain switched off).
 */
@Service
public class AuditChain {

    /** Each row beside what the chain says about it, all computed by the database's own digest function. */
    private static final String WALK = """
            select id, chain_seq,
                   hash is not distinct from audit_event_digest(chain_seq, at, actor, action, subject, detail, prev_hash)
                       as content_intact,
                   prev_hash is not distinct from lag(hash) over chain as follows_predecessor,
                   chain_seq - coalesce(lag(chain_seq) over chain, 0) as step,
                   encode(hash, 'hex') as hash
              from audit_event
            window chain as (order by chain_seq)
             order by chain_seq nulls last, id
            """;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditReport verify(String tenantId) {
        return TenantContext.call(tenantId, () -> {
            List<AuditReport.Break> breaks = new ArrayList<>();
            long[] rows = {0};
            String[] head = {null};
            long[] headSeq = {0};
            jdbc.sql(WALK).query(rs -> {
                rows[0]++;
                long id = rs.getLong("id");
                long seq = rs.getLong("chain_seq");
                if (rs.wasNull()) {
                    breaks.add(new AuditReport.Break(id, null, AuditReport.Kind.OUTSIDE_CHAIN));
                    return;
                }
                long step = rs.getLong("step");
                if (step > 1) {
                    breaks.add(new AuditReport.Break(id, seq, AuditReport.Kind.ROWS_MISSING_BEFORE));
                } else if (!rs.getBoolean("follows_predecessor")) {
                    breaks.add(new AuditReport.Break(id, seq, AuditReport.Kind.DOES_NOT_FOLLOW));
                }
                if (!rs.getBoolean("content_intact")) {
                    breaks.add(new AuditReport.Break(id, seq, AuditReport.Kind.EDITED));
                }
                head[0] = rs.getString("hash");
                headSeq[0] = seq;
            });
            return new AuditReport(tenantId, rows[0], headSeq[0], head[0], List.copyOf(breaks));
        });
    }
}
