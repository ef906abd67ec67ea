package org.citydialogue.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.citydialogue.tenancy.ui.TenantPush;

/**
 * Keeps a plan screen live while it is attached: each subscription is made on attach and removed on
 * detach; what it hears (on another thread, with no tenant) runs in the screen's session, as the
 * screen's tenant, and is pushed — once for all that came while the session was busy.
 */
final class PlanLive {

    private PlanLive() {
    }

    /** {@code subscriptions} get a callback to call on each event; they return their registrations. */
    static void whileAttached(Component view, String tenantId, List<Function<Runnable, Registration>> subscriptions,
            List<Runnable> refreshes) {
        List<Registration> live = new ArrayList<>();
        view.addAttachListener(attach -> {
            live.forEach(Registration::remove);
            live.clear();
            UI ui = attach.getUI();
            for (int i = 0; i < subscriptions.size(); i++) {
                Runnable refresh = refreshes.get(i);
                var push = new TenantPush<Boolean>(ui, tenantId, heard -> refresh.run());
                live.add(subscriptions.get(i).apply(() -> push.heard(Boolean.TRUE)));
            }
        });
        view.addDetachListener(detach -> {
            live.forEach(Registration::remove);
            live.clear();
        });
    }
}
