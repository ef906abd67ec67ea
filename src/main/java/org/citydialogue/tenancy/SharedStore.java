package org.citydialogue.tenancy;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared partnership schema, reached as the tenant bound in {@link TenantContext}: its role on
 * the shared database, whose row-level policies let a tenant read only partnerships it belongs to
 * and write only its own rows. A tenant whose cases live on a database of its own reaches the
 * shared schema here too. Never hand shared rows to the tenant's own data source.
 *
 * <p>Deliberately not a transaction manager bean: the app's main one stays the JPA one.
 */
public final class SharedStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;

    SharedStore(DataSource sharedSchema) {
        this.jdbc = new JdbcTemplate(sharedSchema);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(sharedSchema));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public NamedParameterJdbcTemplate named() {
        return named;
    }

    /** Runs the work in one transaction on the shared database: all of it lands, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    public void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }
}
