package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import org.citydialogue.platform.EventChannel;
import org.springframework.stereotype.Service;

/**
 * Tells open plan screens on every node that a partnership's plan or reviews changed, so they read
 * them again (as their own tenant, under the database's row-level security). The payload is the
 * partnership id only.
 */
@Service
public class PlanUpdates {

    static final String TOPIC = "plan-changed";

    private final EventChannel channel;

    PlanUpdates(EventChannel channel) {
        this.channel = channel;
    }

    /** Call after the change is committed. */
    void announce(String partnershipId) {
        channel.publish(TOPIC, partnershipId);
    }

    /** Calls {@code onChange} (on another thread, no tenant bound) whenever that plan changes. */
    public Registration subscribe(String partnershipId, Runnable onChange) {
        return channel.subscribe(TOPIC, payload -> {
            if (payload.equals(partnershipId)) {
                onChange.run();
            }
        });
    }
}
