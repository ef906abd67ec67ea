package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.citydialogue.platform.EventChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Who has a plan open, across all nodes. Each open screen says "here" on the event channel when it
 * opens and every {@link #HEARTBEAT} after, and "gone" when it closes; every node keeps what it
 * heard and forgets a viewer not heard from for {@link #EXPIRY}, so a node that dies takes its
 * viewers with it soon after. Payloads are ids only: partnership, tenant and user name.
 */
@Service
public class PlanPresence {

    static final String TOPIC = "plan-presence";
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration EXPIRY = Duration.ofSeconds(50);

    /** A member with the plan open: identified by tenant and user name. */
    public record Viewer(String tenantId, String subject) {
    }

    private final EventChannel channel;
    private final Clock clock;
    private final Map<String, Map<Viewer, Instant>> seen = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Map<Viewer, Integer>> local = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("plan-presence").factory());

    @Autowired
    PlanPresence(EventChannel channel) {
        this(channel, Clock.systemUTC());
    }

    PlanPresence(EventChannel channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
        channel.subscribe(TOPIC, this::heard);
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** {@code viewer} has the plan open on this node until the registration is removed. */
    public Registration join(String partnershipId, Viewer viewer) {
        local.computeIfAbsent(partnershipId, p -> new ConcurrentHashMap<>()).merge(viewer, 1, Integer::sum);
        say(partnershipId, viewer, "here");
        return () -> {
            Map<Viewer, Integer> open = local.get(partnershipId);
            if (open != null && open.merge(viewer, -1, Integer::sum) <= 0) {
                open.remove(viewer);
                say(partnershipId, viewer, "gone");
            }
        };
    }

    /** Who has the plan open, on any node, as far as this node has heard. */
    public Set<Viewer> viewers(String partnershipId) {
        Instant cutoff = clock.instant().minus(EXPIRY);
        Map<Viewer, Instant> viewers = seen.getOrDefault(partnershipId, Map.of());
        viewers.values().removeIf(at -> at.isBefore(cutoff));
        return Set.copyOf(viewers.keySet());
    }

    /** Calls {@code onChange} (another thread, no tenant bound) when someone opens or closes the plan. */
    public Registration onChange(String partnershipId, Runnable onChange) {
        List<Runnable> list = listeners.computeIfAbsent(partnershipId, p -> new CopyOnWriteArrayList<>());
        list.add(onChange);
        return () -> list.remove(onChange);
    }

    private void say(String partnershipId, Viewer viewer, String what) {
        channel.publish(TOPIC, String.join(":", what, partnershipId, viewer.tenantId(), viewer.subject()));
    }

    private void heard(String payload) {
        String[] parts = payload.split(":", 4);
        if (parts.length != 4) {
            return;
        }
        Map<Viewer, Instant> viewers = seen.computeIfAbsent(parts[1], p -> new ConcurrentHashMap<>());
        Viewer viewer = new Viewer(parts[2], parts[3]);
        boolean changed = "gone".equals(parts[0])
                ? viewers.remove(viewer) != null
                : viewers.put(viewer, clock.instant()) == null;
        if (changed) {
            listeners.getOrDefault(parts[1], List.of()).forEach(Runnable::run);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        heartbeat.shutdownNow();
    }

    private void beat() {
        local.forEach((partnershipId, open) -> open.keySet().forEach(viewer -> say(partnershipId, viewer, "here")));
    }
}
