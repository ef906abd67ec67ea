package org.citydialogue.open311;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.citydialogue.tenancy.StoreOwner;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;

/**
 * The intake benchmark's reference: single-row INSERTs, each its own transaction, with as many
 * workers as the intake, each on a connection of its own, into a bare table of a case's text columns.
 */
final class RawInserts {

    private static final String COLUMNS = "(id bigint generated always as identity primary key, description text,"
            + " location text, received_at timestamptz)";

    private final WorkerLoad load;
    private final int workers;

    RawInserts(WorkerLoad load, int workers) {
        this.load = load;
        this.workers = workers;
    }

    /**
     * Into a logged table, the goal's reference: each commit writes its WAL as an acknowledged
     * case's does. A tenant may not create tables in its schema; the owner makes this one beside it.
     */
    WorkerLoad.Figures logged(ApplicationContext context, Duration duration) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                connections.add(StoreOwner.connect(context));
            }
            try (var statement = connections.getFirst().createStatement()) {
                statement.execute("create table public.intake_bare " + COLUMNS);
            }
            try {
                return insert(connections, "public.intake_bare", duration);
            } finally {
                try (var statement = connections.getFirst().createStatement()) {
                    statement.execute("drop table public.intake_bare");
                }
            }
        } finally {
            close(connections);
        }
    }

    /** Into a temporary table, the reference used before: PostgreSQL writes no WAL for it. */
    WorkerLoad.Figures temporary(DataSource dataSource, Duration duration) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            TenantContext.call("vasteras", () -> {
                for (int i = 0; i < workers; i++) {
                    Connection connection = dataSource.getConnection();
                    connections.add(connection);
                    try (var statement = connection.createStatement()) {
                        statement.execute("create temp table bare " + COLUMNS);
                    }
                }
                return null;
            });
            return insert(connections, "bare", duration);
        } finally {
            close(connections);
        }
    }

    private WorkerLoad.Figures insert(List<Connection> connections, String table, Duration duration)
            throws Exception {
        for (Connection connection : connections) {
            connection.setAutoCommit(true);
        }
        var free = Collections.synchronizedList(new ArrayList<>(connections));
        ThreadLocal<Connection> mine = ThreadLocal.withInitial(() -> free.removeFirst());
        return load.run(() -> {
            try (var insert = mine.get().prepareStatement(
                    "insert into " + table + " (description, location, received_at) values (?, ?, now())")) {
                insert.setString(1, "Gatlyktan vid busshållplatsen är släckt.");
                insert.setString(2, "59.609900, 16.544800");
                insert.executeUpdate();
            }
            return null;
        }, duration);
    }

    private static void close(List<Connection> connections) throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
