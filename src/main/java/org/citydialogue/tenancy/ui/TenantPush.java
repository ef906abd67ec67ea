package org.citydialogue.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.citydialogue.tenancy.TenantContext;

/**
 * Runs what a screen hears from other threads (changes made in other sessions or on other nodes) in
 * that screen's browser session, as its tenant, pushed. Changes that arrive while a run waits for the
 * session join that run: a busy hour's stream of changes costs a screen one refresh at a time, not
 * one queued per change (which, with the database slow or gone, held an agent's session for minutes).
 *
 * @param <T> what identifies a change, e.g. a case's id
 */
public final class TenantPush<T> {

    private final UI ui;
    private final String tenantId;
    private final Consumer<Set<T>> run;
    private final Set<T> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean waiting = new AtomicBoolean();

    /** {@code run} gets the changes heard since its last run, in {@code ui}'s session, as {@code tenantId}. */
    public TenantPush(UI ui, String tenantId, Consumer<Set<T>> run) {
        this.ui = ui;
        this.tenantId = tenantId;
        this.run = run;
    }

    /** Called on any thread: runs {@code run} soon, with this change among others. */
    public void heard(T change) {
        changed.add(change);
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        // Changes are heard on threads with no tenant, and the database refuses tenant reads without
        // one. Bound inside the task for whichever thread runs it, and around access too: when the
        // session is free, access runs the task and pushes on this thread, and the push is when a
        // grid fetches its rows.
        TenantContext.run(tenantId, () -> {
            try {
                ui.access(() -> TenantContext.run(tenantId, () -> run.accept(take())));
            } catch (UIDetachedException gone) {
                // Closed between the change and now; the screen's detach ends its subscription.
            }
        });
    }

    /** The changes so far; later ones wait for the next run. */
    private Set<T> take() {
        waiting.set(false);
        Set<T> taken = new HashSet<>();
        for (T change : changed) {
            changed.remove(change);
            taken.add(change);
        }
        return taken;
    }
}
