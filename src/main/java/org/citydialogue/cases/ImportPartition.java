package org.citydialogue.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * An import's table of its own (tenant V22): opened before the COPY, and at the end, in the import's
 * transaction, attached as a partition of the case table — or, for a small import, moved to the live
 * cases. The database does both (case_import_open, case_import_attach) as the schema's owner.
 */
final class ImportPartition {

    // FREEZE: the table is new in this transaction, so its rows can be stored frozen and all-visible,
    // and historic cases never wait for vacuum's freezing pass (nor index-only scans for its visibility map).
    private static final String COPY = """
            copy resident_case_import_%d (id, reference, kind, channel, category, department, status, description,
                location, received_at, answered_at, closed_at, resident_name, resident_email, resident_phone,
                resident_language, answer_due_at, registered_by) from stdin with (format binary, freeze)""";

    private final long batch;
    private final long firstId;
    private Instant firstReceived = Instant.MAX;
    private Instant lastReceived = Instant.MIN;

    ImportPartition(long batch, long firstId) {
        this.batch = batch;
        this.firstId = firstId;
    }

    static ImportPartition open(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var opened = statement.executeQuery("select batch, first_id from case_import_open()")) {
            opened.next();
            return new ImportPartition(opened.getLong(1), opened.getLong(2));
        }
    }

    /** The COPY that fills the table; its rows carry their ids, from {@link #firstId()} on. */
    String copy() {
        return COPY.formatted(batch);
    }

    long firstId() {
        return firstId;
    }

    /** Notes a case's receipt: the span of them names the months whose KPIs the import changes. */
    void received(Instant at) {
        if (at.isBefore(firstReceived)) {
            firstReceived = at;
        }
        if (at.isAfter(lastReceived)) {
            lastReceived = at;
        }
    }

    /** Attaches the table as a partition, or moves a small import's cases to the live ones. */
    void attach(Connection connection, int cases) throws SQLException {
        try (var attach = connection.prepareStatement("select case_import_attach(?, ?, ?, ?)")) {
            attach.setLong(1, batch);
            attach.setLong(2, cases);
            attach.setObject(3, firstReceived.atOffset(ZoneOffset.UTC));
            attach.setObject(4, lastReceived.atOffset(ZoneOffset.UTC));
            attach.executeQuery().close();
        }
    }
}
