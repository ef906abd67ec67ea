package org.citydialogue.cases;

import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.citydialogue.platform.EventChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens on every node that a case of their tenant changed, so they can look again.
 * Each committed change goes out on the platform's event channel, and subscribers hear it back from
 * there, whichever node made it. What goes out is the tenant and the case's id, nothing else.
 */
@Service
public class CaseUpdates {

    static final String TOPIC = "case-changed";

    private final EventChannel channel;

    CaseUpdates(EventChannel channel) {
        this.channel = channel;
    }

    /**
     * After commit only: a screen told earlier could read the case before the change is visible, or
     * a change that is then rolled back.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void announce(CaseChanged change) {
        channel.publish(TOPIC, change.tenantId() + ":" + change.caseId());
    }

    /**
     * Calls {@code onCaseChanged} with the id of each case of {@code tenantId} that changes, on a
     * thread with no tenant bound, until the registration is removed.
     */
    public Registration subscribe(String tenantId, LongConsumer onCaseChanged) {
        Objects.requireNonNull(tenantId, "tenantId");
        return channel.subscribe(TOPIC, payload -> {
            int colon = payload.lastIndexOf(':');
            if (colon > 0 && payload.substring(0, colon).equals(tenantId)) {
                onCaseChanged.accept(Long.parseLong(payload.substring(colon + 1)));
            }
        });
    }
}
