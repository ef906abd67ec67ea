package org.citydialogue.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.citydialogue.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two "nodes" in one JVM: two channels, each with its own listener connection to the app's real
 * (embedded) PostgreSQL, as two app instances on a shared database would have.
 */
@AppTest
class EventChannelTest {

    @Autowired
    EventDatabase database;

    private EventChannel nodeA, nodeB;

    @BeforeEach
    void startTwoNodes() {
        nodeA = new EventChannel(database, "test-node-a");
        nodeB = new EventChannel(database, "test-node-b");
        nodeA.start();
        nodeB.start();
        assertThat(nodeA.listening() && nodeB.listening()).isTrue();
    }

    @AfterEach
    void stopNodes() {
        nodeA.stop();
        nodeB.stop();
    }

    @Test
    void an_event_published_on_one_node_reaches_the_subscribers_of_both_within_a_second() throws Exception {
        BlockingQueue<String> onA = new LinkedBlockingQueue<>(), onB = new LinkedBlockingQueue<>();
        nodeA.subscribe("test-topic", onA::add);
        nodeB.subscribe("test-topic", onB::add);
        nodeB.subscribe("other-topic", payload -> onB.add("other " + payload));

        assertThat(nodeA.publish("test-topic", "vasteras:42")).isTrue();

        assertThat(onA.poll(1, TimeUnit.SECONDS)).isEqualTo("vasteras:42");
        assertThat(onB.poll(1, TimeUnit.SECONDS)).isEqualTo("vasteras:42");
        assertThat(onB.poll(200, TimeUnit.MILLISECONDS)).as("other topics' subscribers are not called").isNull();
    }

    @Test
    void a_removed_subscriber_hears_nothing_more() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>(), control = new LinkedBlockingQueue<>();
        nodeB.subscribe("test-topic", heard::add).remove();
        nodeB.subscribe("test-topic", control::add);

        nodeA.publish("test-topic", "jinan:7");

        assertThat(control.poll(1, TimeUnit.SECONDS)).isEqualTo("jinan:7");
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_listener_whose_connection_is_killed_reconnects_and_hears_events_again() throws Exception {
        BlockingQueue<String> onB = new LinkedBlockingQueue<>();
        nodeB.subscribe("test-topic", onB::add);

        // As if the database restarted under node B: its listening backend is terminated.
        try (Connection c = database.borrow(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'test-node-b'");
        }

        // Events sent while B is away are lost to B (best effort); keep sending until it hears one.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String heard = null;
        for (int i = 0; heard == null && System.nanoTime() < deadline; i++) {
            nodeA.publish("test-topic", "vasteras:" + i);
            heard = onB.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(heard).as("heard again after reconnecting").startsWith("vasteras:");
        assertThat(nodeB.listening()).isTrue();
    }

    @Test
    void payloads_are_identifiers_and_topics_are_plain_names() {
        assertThatThrownBy(() -> nodeA.publish("test-topic", "x".repeat(EventChannel.MAX_PAYLOAD + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        for (String bad : List.of("", "Case Changed", "a:b")) {
            assertThatThrownBy(() -> nodeA.subscribe(bad, payload -> { })).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
