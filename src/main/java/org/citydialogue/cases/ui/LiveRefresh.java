package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.LongConsumer;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.tenancy.TenantContext;

/** Runs a view's refresh in its browser session, pushed, when a case of its tenant changes on any node. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /**
     * Keeps {@code view} refreshed while it is attached: subscribed on attach, removed on detach, so
     * a closed tab does not keep its view alive.
     */
    static void whileAttached(Component view, CaseUpdates updates, String tenantId, LongConsumer refresh) {
        Registration[] live = new Registration[1];
        view.addAttachListener(attach -> {
            if (live[0] != null) {
                live[0].remove();
            }
            live[0] = subscribe(attach.getUI(), updates, tenantId, refresh);
        });
        view.addDetachListener(detach -> {
            if (live[0] != null) {
                live[0].remove();
                live[0] = null;
            }
        });
    }

    private static Registration subscribe(UI ui, CaseUpdates updates, String tenantId, LongConsumer refresh) {
        return updates.subscribe(tenantId, caseId -> {
            // Change notices arrive on threads with no tenant, and the database refuses tenant reads
            // without one. Bound inside the task for whichever thread runs it, and around access too:
            // when the session is free, access runs the task and pushes on this thread, and the push is
            // when a grid fetches its rows.
            TenantContext.run(tenantId, () -> {
                try {
                    ui.access(() -> TenantContext.run(tenantId, () -> refresh.accept(caseId)));
                } catch (UIDetachedException gone) {
                    // Closed between the change and now; its detach removes this subscription.
                }
            });
        });
    }
}
