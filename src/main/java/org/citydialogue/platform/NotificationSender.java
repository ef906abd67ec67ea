package org.citydialogue.platform;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's one sender of notifications: callers hand messages over and go on, a daemon thread
 * sends whatever has gathered in one statement and one short transaction. Under load many changes
 * then share a round trip and a commit (a NOTIFY takes a database-wide lock at commit, so one per
 * change would queue every writer behind it). The first message of a batch waits {@link #LINGER_MILLIS}
 * for others to join it: each batch borrows a connection (switched to no tenant and back, two more
 * round trips), so without the wait a busy node sent about one batch per two changes; screens do not
 * notice 20 ms.
 */
final class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    /** Beyond this backlog (the database away for a while) new messages are dropped: best effort. */
    private static final int BACKLOG = 10_000;
    private static final int BATCH = 500;
    static final long LINGER_MILLIS = 20;

    private final EventDatabase database;
    private final String channel;
    private final BlockingQueue<String> backlog = new LinkedBlockingQueue<>(BACKLOG);
    private final Thread thread;

    NotificationSender(EventDatabase database, String channel, String threadName) {
        this.database = database;
        this.channel = channel;
        this.thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
    }

    /** Queues {@code message}; false if the backlog is full and it was dropped (logged). */
    boolean send(String message) {
        if (backlog.offer(message)) {
            return true;
        }
        LOG.warn("Event backlog full; {} not sent to other nodes", message);
        return false;
    }

    /** Sends what is queued, then stops the thread. */
    void close() {
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        boolean stopping = false;
        while (!stopping || !backlog.isEmpty()) {
            try {
                String first = stopping ? backlog.poll() : backlog.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                if (!stopping) {
                    Thread.sleep(LINGER_MILLIS);
                }
            } catch (InterruptedException e) {
                stopping = true;
            }
            if (batch.isEmpty()) {
                continue;
            }
            backlog.drainTo(batch, BATCH - batch.size());
            deliver(batch);
            batch.clear();
        }
    }

    private void deliver(List<String> batch) {
        try (Connection connection = database.borrow();
                PreparedStatement notify = connection.prepareStatement(
                        "select pg_notify(?, m) from unnest(?::text[]) with ordinality as t(m, n) order by n")) {
            Array messages = connection.createArrayOf("text", batch.toArray());
            notify.setString(1, channel);
            notify.setArray(2, messages);
            notify.execute();
        } catch (SQLException e) {
            LOG.warn("{} events not sent to other nodes: {}", batch.size(), e.getMessage());
        }
    }
}
