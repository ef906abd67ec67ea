package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.citydialogue.AgentClient;
import org.citydialogue.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A contact centre's shift starts: many agents sign in at the same moment at their city's built-in
 * issuer. Every one of them must land signed in with the queue open; none may be sent back to the
 * sign-in page because another's sign-in was in flight.
 */
@AppTest
class ShiftStartSignInTest {

    private static final int AGENTS = 40;

    @LocalServerPort
    int port;

    @Test
    void forty_agents_of_both_cities_sign_in_at_once_and_all_reach_their_queue() throws InterruptedException {
        HttpClient http = AgentClient.sharedHttp();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < AGENTS; i++) {
                boolean vasteras = i % 2 == 0;
                executor.submit(() -> {
                    try {
                        start.await();
                        var agent = new AgentClient("http://localhost:" + port, http);
                        agent.signIn(vasteras ? "vasteras" : "jinan", vasteras ? "anna.agent" : "li.agent", "demo");
                        agent.open("cases");
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(failures).isEmpty();
    }
}
