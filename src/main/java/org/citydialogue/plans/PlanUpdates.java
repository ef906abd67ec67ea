package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import org.citydialogue.platform.EventChannel;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<PublishedKpis> kpis;

    PlanUpdates(EventChannel channel, ObjectProvider<PublishedKpis> kpis) {
        this.channel = channel;
        this.kpis = kpis;
    }

    /** Call after the change is committed. */
    void announce(String partnershipId) {
        channel.publish(TOPIC, partnershipId);
    }

    /**
     * Calls {@code onChange} (on another thread, no tenant bound) whenever that plan changes, or a
     * city republishes the KPIs its bound indicators show.
     */
    public Registration subscribe(String partnershipId, Runnable onChange) {
        Registration planChanges = channel.subscribe(TOPIC, payload -> {
            if (payload.equals(partnershipId)) {
                onChange.run();
            }
        });
        PublishedKpis published = kpis.getIfAvailable();
        if (published == null) {
            return planChanges;
        }
        Registration republished = published.whenPublished(partnershipId, onChange);
        return Registration.combine(planChanges, republished);
    }
}
