package org.citydialogue.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Case numbers for a bulk import, from the same sequence as single registrations but a block at a
 * time. They come through a connection of their own: the import's connection is busy with COPY,
 * and sequence numbers are never rolled back anyway.
 */
final class CaseNumbers implements AutoCloseable {

    private static final int BLOCK = 10_000;

    private final DataSource dataSource;
    private final long[] block = new long[BLOCK];
    private Connection connection;
    private int next = BLOCK;

    CaseNumbers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long next() throws SQLException {
        if (next == BLOCK) {
            fill();
        }
        return block[next++];
    }

    private void fill() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select nextval('case_number') from generate_series(1, " + BLOCK + ")");
                ResultSet rows = query.executeQuery()) {
            int i = 0;
            while (rows.next()) {
                block[i++] = rows.getLong(1);
            }
        }
        next = 0;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
