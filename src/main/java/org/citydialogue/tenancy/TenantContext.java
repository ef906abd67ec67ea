package org.citydialogue.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for. Set only from the signed-in identity (or by trusted
 * start-up code); every connection handed out by the tenant data source takes its database role
 * from here, and without a tenant a connection can read no tenant's data at all.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs work as the given tenant and restores whatever was set before. */
    public static <T> T call(String tenantId, Callable<T> work) {
        String previous = CURRENT.get();
        set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            set(previous);
        }
    }

    /**
     * Binds a tenant until the returned handle is closed, for work that starts and ends in separate
     * callbacks (a request's start and end); closing restores what was bound before.
     */
    public static Binding bind(String tenantId) {
        String previous = CURRENT.get();
        set(tenantId);
        return () -> set(previous);
    }

    /** An open tenant binding. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    public static void run(String tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }

    private static void set(String tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
            MDC.remove("tenant");
        } else {
            CURRENT.set(tenantId);
            MDC.put("tenant", tenantId);
        }
    }
}
