package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the steps beside the lifecycle (extensions, satisfaction, merging) share with {@link Cases}:
 * the staff member's tenant, the case as read, the version check, and the timeline event that
 * records who, when and why. Kept apart so {@code Cases} itself does not grow.
 */
@Component
class CaseSteps {

    final JdbcClient jdbc;
    final CaseCatalogue catalogue;
    final Clock clock;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final CaseSearch search;

    CaseSteps(JdbcClient jdbc, CaseCatalogue catalogue, TenantDirectory tenants, ApplicationEventPublisher events,
            CaseSearch search, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.events = events;
        this.search = search;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The tenant bound to this thread must be the staff member's own; the database enforces the rest. */
    Tenant tenantOf(StaffUser staff) {
        String bound = TenantContext.current().orElse(null);
        if (!staff.tenantId().equals(bound)) {
            throw new IllegalStateException("Staff of " + staff.tenantId() + " working as " + bound);
        }
        return tenants.require(bound);
    }

    ResidentCase require(long id) {
        return jdbc.sql("select * from resident_case where id = ? for update").param(id).query(Cases::row).optional()
                .orElseThrow(() -> new CaseInputException("case", Msg.key("case.error.not.found")));
    }

    /** Someone else changed the case since the staff member read it: nothing may be saved. */
    void checkVersion(ResidentCase current, int version) {
        if (current.version() != version) {
            throw new ConcurrentChangeException(current.reference());
        }
    }

    /** Counts the change: the next step on the version read before it is refused. */
    void bump(ResidentCase current, int version) {
        int updated = jdbc.sql("update resident_case set version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(Timestamp.from(now()), current.id(), version).update();
        if (updated == 0) {
            throw new ConcurrentChangeException(current.reference());
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** One timeline row; notes are searchable, so the case is re-indexed when one is written. */
    void event(Tenant tenant, long id, StaffUser staff, String action, String from, String to, String note) {
        jdbc.sql("""
                insert into case_event (case_id, actor, action, from_status, to_status, note)
                values (?, ?, ?, ?, ?, ?)
                """).params(id, staff.username(), action, from, to, note).update();
        if (note != null) {
            search.index(tenant, id);
        }
    }

    void changed(Tenant tenant, long id) {
        events.publishEvent(new CaseChanged(tenant.id(), id));
    }

    static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new CaseInputException(field, Msg.key("case.error.reason.required"));
        }
        if (reason.length() > 4000) {
            throw new CaseInputException(field, Msg.key("case.error.note.too.long"));
        }
    }
}
