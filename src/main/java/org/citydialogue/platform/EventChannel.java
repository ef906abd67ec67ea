package org.citydialogue.platform;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.annotation.PreDestroy;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Events that must reach every node, through PostgreSQL's LISTEN/NOTIFY on the shared database, so
 * no broker is needed. A node hears its own events the same way, so there is one path for all.
 *
 * <p>Delivery is best effort, for "look again" signals: a notification sent while a node's listener
 * is reconnecting is lost to that node, and subscribers may be called concurrently and in any
 * order. Payloads are tiny identifiers, never personal data: NOTIFY text passes every node and may
 * show up in database logs.
 */
@Service
public class EventChannel implements SmartLifecycle {

    /** One PostgreSQL channel for all topics: a node listens once, whatever it subscribes to later. */
    static final String CHANNEL = "citydialogue_events";
    static final int MAX_PAYLOAD = 200;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Logger LOG = LoggerFactory.getLogger(EventChannel.class);

    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    // Subscribers run off the listener thread, so a slow one (a screen refreshing) never holds up
    // reading the next notification; virtual threads make one per delivery cheap.
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private final NotificationListener listener;
    private final NotificationSender sender;

    @Autowired
    EventChannel(EventDatabase database) {
        this(database, "citydialogue-events");
    }

    /** A channel whose listener shows as {@code applicationName}; tests start several "nodes" in one JVM. */
    EventChannel(EventDatabase database, String applicationName) {
        this.listener = new NotificationListener(database, applicationName, CHANNEL, this::deliver);
        this.sender = new NotificationSender(database, CHANNEL, applicationName + "-sender");
    }

    /**
     * Sends {@code payload} to the subscribers of {@code topic} on every node, this one included,
     * within milliseconds: call it after the change it announces is committed.
     *
     * @return false if the event was dropped because the database has been away too long (logged)
     */
    public boolean publish(String topic, String payload) {
        requireTopic(topic);
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("Event payloads are identifiers, at most " + MAX_PAYLOAD + " chars");
        }
        return sender.send(topic + ":" + payload);
    }

    /** Calls {@code subscriber} with each payload of {@code topic}, on another thread, until removed. */
    public Registration subscribe(String topic, Consumer<String> subscriber) {
        requireTopic(topic);
        List<Consumer<String>> list = subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(subscriber);
        return () -> list.remove(subscriber);
    }

    private void deliver(String message) {
        int colon = message.indexOf(':');
        if (colon < 0) {
            return;
        }
        String payload = message.substring(colon + 1);
        for (Consumer<String> subscriber : subscribers.getOrDefault(message.substring(0, colon), List.of())) {
            deliveries.execute(() -> {
                try {
                    subscriber.accept(payload);
                } catch (RuntimeException e) {
                    LOG.warn("A subscriber failed on event {}", message, e);
                }
            });
        }
    }

    private static void requireTopic(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("Bad topic " + topic);
        }
    }

    /** True once this node's listener is connected and listening. */
    boolean listening() {
        return listener.listening();
    }

    @Override
    public void start() {
        // Waits briefly for the first LISTEN, so a node that starts serving also hears events.
        listener.start(Duration.ofSeconds(10));
    }

    /**
     * Stops listening; {@link #start()} may follow (Spring's test framework pauses and restarts
     * contexts), so deliveries stay possible until the bean is destroyed.
     */
    @Override
    public void stop() {
        listener.stop();
    }

    @PreDestroy
    void close() {
        sender.close();
        listener.stop();
        deliveries.shutdown();
    }

    @Override
    public boolean isRunning() {
        return listener.running();
    }
}
