package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.function.Consumer;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.tenancy.ui.TenantPush;

/** Runs a view's refresh in its browser session, pushed, when cases of its tenant change on any node. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    /**
     * Keeps {@code view} refreshed while it is attached: subscribed on attach, removed on detach, so
     * a closed tab does not keep its view alive. {@code refresh} gets the ids of the cases changed
     * since its last run (several, when they came while it waited for the session).
     */
    static void whileAttached(Component view, CaseUpdates updates, String tenantId, Consumer<Set<Long>> refresh) {
        Registration[] live = new Registration[1];
        view.addAttachListener(attach -> {
            if (live[0] != null) {
                live[0].remove();
            }
            var push = new TenantPush<Long>(attach.getUI(), tenantId, refresh);
            live[0] = updates.subscribe(tenantId, push::heard);
        });
        view.addDetachListener(detach -> {
            if (live[0] != null) {
                live[0].remove();
                live[0] = null;
            }
        });
    }
}
