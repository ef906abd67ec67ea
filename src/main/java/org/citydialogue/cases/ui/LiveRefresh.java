package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.tenancy.TenantContext;

/**
 * Runs a view's refresh in its browser session, pushed, when cases of its tenant change on any node.
 * Changes that arrive while a refresh is waiting for the session join that refresh: a busy hour's
 * stream of new cases costs a queue one refresh at a time, not one queued per case (which, with the
 * database slow or gone, held the agent's session for minutes).
 */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /**
     * Keeps {@code view} refreshed while it is attached: subscribed on attach, removed on detach, so
     * a closed tab does not keep its view alive. {@code refresh} gets the ids of the cases changed
     * since its last run.
     */
    static void whileAttached(Component view, CaseUpdates updates, String tenantId, Consumer<Set<Long>> refresh) {
        Registration[] live = new Registration[1];
        view.addAttachListener(attach -> {
            if (live[0] != null) {
                live[0].remove();
            }
            live[0] = new Pending(attach.getUI(), tenantId, refresh).subscribe(updates);
        });
        view.addDetachListener(detach -> {
            if (live[0] != null) {
                live[0].remove();
                live[0] = null;
            }
        });
    }

    /** The changes gathered for one view, and whether a refresh is already waiting to run them. */
    private static final class Pending {

        private final UI ui;
        private final String tenantId;
        private final Consumer<Set<Long>> refresh;
        private final Set<Long> changed = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean waiting = new AtomicBoolean();

        Pending(UI ui, String tenantId, Consumer<Set<Long>> refresh) {
            this.ui = ui;
            this.tenantId = tenantId;
            this.refresh = refresh;
        }

        Registration subscribe(CaseUpdates updates) {
            return updates.subscribe(tenantId, this::arrived);
        }

        private void arrived(long caseId) {
            changed.add(caseId);
            if (!waiting.compareAndSet(false, true)) {
                return;
            }
            // Change notices arrive on threads with no tenant, and the database refuses tenant reads
            // without one. Bound inside the task for whichever thread runs it, and around access too:
            // when the session is free, access runs the task and pushes on this thread, and the push is
            // when a grid fetches its rows.
            TenantContext.run(tenantId, () -> {
                try {
                    ui.access(() -> TenantContext.run(tenantId, () -> refresh.accept(take())));
                } catch (UIDetachedException gone) {
                    // Closed between the change and now; its detach removes this subscription.
                }
            });
        }

        /** The changes so far; later ones wait for the next refresh. */
        private Set<Long> take() {
            waiting.set(false);
            Set<Long> taken = new HashSet<>();
            for (Long id : changed) {
                changed.remove(id);
                taken.add(id);
            }
            return taken;
        }
    }
}
