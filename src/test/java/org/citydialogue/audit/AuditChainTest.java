package org.citydialogue.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.citydialogue.AppTest;
import org.citydialogue.audit.AuditReport.Break;
import org.citydialogue.audit.AuditReport.Kind;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.tenancy.StoreOwner;
import org.springframework.context.ApplicationContext;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit log is a hash chain kept by the database: writers running at the same time still form
 * one unbroken chain, the app cannot change a row, and a row edited or deleted directly in
 * PostgreSQL by its owner is named by the verification. Tampers with the logs, so it has a
 * database of its own.
 */
@AppTest
@TestPropertySource(properties = "citydialogue.test.context=audit")
class AuditChainTest {

    @Autowired
    AuditChain chain;
    @Autowired
    AuditVerifyCommand command;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void sign_ins_and_other_events_written_at_the_same_time_form_one_chain_and_an_edited_row_is_named() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture.allOf(IntStream.range(0, 80).mapToObj(i -> CompletableFuture.runAsync(() -> {
                if (i % 2 == 0) {
                    var sara = SignedInStaff.as("vasteras", "sara.supervisor", "Sara Ekström", Role.SUPERVISOR);
                    try {
                        SignedInStaff.recordSignIn(staff, sara);
                    } finally {
                        SignedInStaff.signOut();
                    }
                } else {
                    TenantContext.run("vasteras", () -> jdbc.sql("""
                            insert into audit_event (actor, action, subject, detail)
                            values ('anna.agent', 'resident.contact-read', ?, '{"case": 1}'::jsonb)""")
                            .param("case-" + i).update());
                }
            }, writers)).toArray(CompletableFuture[]::new)).join();
        } finally {
            writers.shutdown();
        }

        AuditReport report = chain.verify("vasteras");
        assertThat(report.breaks()).isEmpty();
        assertThat(report.rows()).isGreaterThanOrEqualTo(80);
        assertThat(report.headSeq()).isEqualTo(report.rows());
        assertThat(command.verify(List.of("vasteras"), new PrintStream(new ByteArrayOutputStream()))).isZero();

        // The app itself may only append.
        long victim = TenantContext.call("vasteras", () -> jdbc.sql(
                "select id from audit_event where action = 'resident.contact-read' order by chain_seq limit 1 offset 5")
                .query(Long.class).single());
        assertThatThrownBy(() -> TenantContext.run("vasteras", () -> jdbc.sql(
                "update audit_event set actor = 'nobody' where id = ?").param(victim).update()))
                .rootCause().hasMessageContaining("permission denied");

        // The store's owner changes who read the contact details, straight in PostgreSQL.
        asOwner("update tenant_vasteras.audit_event set actor = 'hans.handlaggare' where id = " + victim);

        report = chain.verify("vasteras");
        assertThat(report.breaks()).extracting(Break::id, Break::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(victim, Kind.EDITED));
        var out = new ByteArrayOutputStream();
        assertThat(command.verify(List.of("vasteras"), new PrintStream(out, true, StandardCharsets.UTF_8))).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit_event id " + victim,
                "edited: its content no longer matches its hash");
    }

    @Test
    void a_deleted_row_and_a_row_rewritten_with_a_fresh_hash_are_named() throws Exception {
        for (int i = 0; i < 6; i++) {
            int n = i;
            TenantContext.run("jinan", () -> jdbc.sql(
                    "insert into audit_event (actor, action, subject) values ('li.agent', 'resident.contact-read', ?)")
                    .param("case-" + n).update());
        }
        assertThat(chain.verify("jinan").intact()).isTrue();
        List<Long> ids = TenantContext.call("jinan", () -> jdbc.sql(
                "select id from audit_event order by chain_seq desc limit 5").query(Long.class).list()).reversed();

        // Deleted: the row after it says rows are missing.
        asOwner("delete from tenant_jinan.audit_event where id = " + ids.get(1));
        // Rewritten, with its own hash recomputed by the same function: the row after it no longer follows.
        asOwner("""
                update tenant_jinan.audit_event set subject = 'case-forged',
                       hash = tenant_jinan.audit_event_digest(chain_seq, at, actor, action, 'case-forged', detail, prev_hash)
                 where id = %d""".formatted(ids.get(3)));

        assertThat(chain.verify("jinan").breaks()).extracting(Break::id, Break::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ids.get(2), Kind.ROWS_MISSING_BEFORE),
                org.assertj.core.groups.Tuple.tuple(ids.get(4), Kind.DOES_NOT_FOLLOW));
        assertThat(command.verify(List.of("nowhere"), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private void asOwner(String sql) throws SQLException {
        StoreOwner.execute(context, sql);
    }
}
