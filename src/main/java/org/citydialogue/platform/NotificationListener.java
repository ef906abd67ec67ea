package org.citydialogue.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's one LISTEN connection: a daemon thread that waits for notifications and hands each
 * on, and that reconnects with growing pauses when the database goes away.
 */
final class NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    /** How long one wait for notifications blocks; also how soon the thread notices it must stop. */
    private static final int POLL_MILLIS = 500;
    /** A half-open TCP connection raises nothing while idle; a query every so often finds it out. */
    private static final long CHECK_NANOS = Duration.ofSeconds(30).toNanos();
    private static final long FIRST_PAUSE_MILLIS = 250, LONGEST_PAUSE_MILLIS = 15_000;

    private final EventDatabase database;
    private final String applicationName;
    private final String channel;
    private final Consumer<String> deliver;
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    NotificationListener(EventDatabase database, String applicationName, String channel, Consumer<String> deliver) {
        this.database = database;
        this.applicationName = applicationName;
        this.channel = channel;
        this.deliver = deliver;
    }

    synchronized void start(Duration waitForFirstListen) {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(applicationName).start(this::run);
        try {
            if (!firstListen.await(waitForFirstListen.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Not yet listening for events from other nodes; retrying in the background");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * POLL_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean running() {
        return running;
    }

    boolean listening() {
        return listening;
    }

    private void run() {
        long pause = FIRST_PAUSE_MILLIS;
        while (running) {
            try (Connection connection = database.openDedicated(applicationName)) {
                listen(connection);
                pause = FIRST_PAUSE_MILLIS;
                poll(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("Event listener lost the database ({}); reconnecting in {} ms", e.getMessage(), pause);
                    sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                }
            }
        }
        listening = false;
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        listening = true;
        firstListen.countDown();
        LOG.info("Listening for events from all nodes on {}", channel);
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    deliver.accept(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastCheck > CHECK_NANOS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // stop() interrupts; the loop checks running.
        }
    }
}
