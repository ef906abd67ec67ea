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
        // One row holding an array, not 10,000 rows: the driver's row loop was about 6 % of an
        // import's JVM time, and compiling it about half a second of CPU at the first import.
        try (PreparedStatement query = connection.prepareStatement("select array_agg(n order by n) "
                + "from (select nextval('case_number') n from generate_series(1, " + BLOCK + ")) numbers");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            Long[] numbers = (Long[]) rows.getArray(1).getArray();
            for (int i = 0; i < BLOCK; i++) {
                block[i] = numbers[i];
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
