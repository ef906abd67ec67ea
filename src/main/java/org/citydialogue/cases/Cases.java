package org.citydialogue.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' cases of the signed-in staff member's tenant: registering a contact, and moving a
 * case through the tenant's lifecycle. Every change is one transaction with its timeline event,
 * and is refused if someone else changed the case since it was read.
 */
@Service
public class Cases {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    /** The channel of requests that systems report over an API rather than staff register. */
    public static final String API_CHANNEL = "open311";

    private final JdbcClient jdbc;
    private final CaseCatalogue catalogue;
    private final TenantDirectory tenants;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final CaseSearch search;
    private final Clock clock;

    Cases(JdbcClient jdbc, CaseCatalogue catalogue, TenantDirectory tenants, Deadlines deadlines,
            ApplicationEventPublisher events, CaseSearch search, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.deadlines = deadlines;
        this.events = events;
        this.search = search;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Registers a contact; its first-answer clock starts now, counted in the tenant's working days. */
    @Transactional
    public ResidentCase register(StaffUser staff, NewCase intake) {
        Tenant tenant = tenantOf(staff);
        CaseSettings settings = catalogue.require(tenant.id());
        check(intake, settings, settings.channels().contains(intake.channel()));
        return insert(tenant, settings, intake, staff.username());
    }

    /**
     * Registers a request reported by a system over an API (channel {@value #API_CHANNEL}, whatever
     * channels the tenant's staff take contacts from), for the tenant bound to this thread; the
     * client's id is who registered it. Its first-answer clock starts now, as for any contact.
     */
    @Transactional
    public ResidentCase receive(String clientId, NewCase intake) {
        Tenant tenant = tenants.require(TenantContext.current()
                .orElseThrow(() -> new IllegalStateException("No tenant bound")));
        CaseSettings settings = catalogue.require(tenant.id());
        check(intake, settings, API_CHANNEL.equals(intake.channel()));
        return insert(tenant, settings, intake, clientId);
    }

    private ResidentCase insert(Tenant tenant, CaseSettings settings, NewCase intake, String actor) {
        Instant now = clock.instant();
        Instant due = deadlines.due(tenant, now, settings.firstAnswerWorkingDays());
        String status = settings.lifecycle().start().code();
        String description = intake.description().strip();
        SearchLanguage language = SearchLanguage.of(tenant);
        // One statement: the number, the case, its search document (a new case has no notes yet) and
        // the first step of its timeline.
        ResidentCase registered = jdbc.sql("""
                with n as (select nextval('case_number')::text as v),
                c as (insert into resident_case (reference, kind, channel, category, department, status, description,
                    location, resident_name, resident_email, resident_phone, resident_language, received_at,
                    answer_due_at, registered_by, search)
                select ? || repeat('0', greatest(0, 6 - length(n.v))) || n.v, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, setweight(to_tsvector('%s', ?), 'A')
                from n
                returning *),
                e as (insert into case_event (case_id, actor, action, to_status)
                select id, registered_by, 'register', status from c)
                select * from c
                """.formatted(language.config))
                .params("%s-%d-".formatted(settings.referencePrefix(), now.atZone(tenant.zone()).getYear()),
                        intake.kind(), intake.channel(), intake.category(), null, status, description,
                        blankToNull(intake.location()), blankToNull(intake.residentName()),
                        blankToNull(intake.residentEmail()), blankToNull(intake.residentPhone()),
                        blankToNull(intake.residentLanguage()), Timestamp.from(now), Timestamp.from(due), actor,
                        language.document(description))
                .query(Cases::row).single();
        long id = registered.id();
        events.publishEvent(new CaseChanged(tenant.id(), id));
        return registered;
    }

    public Optional<ResidentCase> find(long id) {
        return jdbc.sql("select * from resident_case where id = ?").param(id).query(Cases::row).optional();
    }

    public Optional<ResidentCase> find(String reference) {
        return jdbc.sql("select * from resident_case where reference = ?").param(reference).query(Cases::row)
                .optional();
    }

    public List<CaseEvent> timeline(long id) {
        return jdbc.sql("select * from case_event where case_id = ? order by id").param(id)
                .query((rs, n) -> new CaseEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("department"), rs.getString("note")))
                .list();
    }

    /**
     * Takes one step of the tenant's lifecycle on a case.
     *
     * @param version the version the staff member saw; if the case changed since, nothing is saved
     * @throws ConcurrentChangeException when someone else changed the case in between
     * @throws CaseInputException        when the step is not possible, not allowed or incomplete
     */
    @Transactional
    public ResidentCase act(StaffUser staff, long id, int version, String actionCode, String department, String note) {
        Tenant tenant = tenantOf(staff);
        CaseSettings settings = catalogue.require(tenant.id());
        ResidentCase current = find(id).orElseThrow(() -> new CaseInputException("case", Msg.key("case.error.not.found")));
        Lifecycle.Action action = settings.lifecycle().action(actionCode)
                .filter(a -> a.from().contains(current.status()))
                .orElseThrow(() -> new CaseInputException("action", Msg.key("case.error.step.not.possible")));
        if (!action.allowedFor(staff.roles())) {
            throw new CaseInputException("action", Msg.key("case.error.step.not.allowed"));
        }
        String target = department == null || department.isBlank() ? null : department;
        if (action.needsDepartment() && (target == null
                || tenant.departments().stream().noneMatch(d -> d.code().equals(target)))) {
            throw new CaseInputException("department", Msg.key("case.error.department.required"));
        }
        if (action.needsReason() && (note == null || note.isBlank())) {
            throw new CaseInputException("note", Msg.key("case.error.reason.required"));
        }
        if (note != null && note.length() > 4000) {
            throw new CaseInputException("note", Msg.key("case.error.note.too.long"));
        }
        String to = action.to() == null ? current.status() : action.to();
        boolean closes = settings.lifecycle().state(to).map(Lifecycle.State::closed).orElse(false);
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update resident_case set status = ?, department = coalesce(?, department),
                    answered_at = case when ? and answered_at is null then ? else answered_at end,
                    closed_at = case when ? then coalesce(closed_at, ?) else null end,
                    version = version + 1, updated_at = ?
                where id = ? and version = ?
                """).params(to, target, action.answersResident(), Timestamp.from(now), closes, Timestamp.from(now),
                        Timestamp.from(now), id, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException(current.reference());
        }
        boolean noted = note != null && !note.isBlank();
        event(id, staff.username(), action.code(), current.status(), to, target, noted ? note : null);
        if (noted) {
            search.index(tenant, id);
        }
        events.publishEvent(new CaseChanged(tenant.id(), id));
        return find(id).orElseThrow();
    }

    private void event(long id, String actor, String action, String from, String to, String department,
            String note) {
        jdbc.sql("""
                insert into case_event (case_id, actor, action, from_status, to_status, department, note)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, actor, action, from, to, department, note).update();
    }

    /** The tenant bound to this thread must be the staff member's own; the database enforces the rest. */
    private Tenant tenantOf(StaffUser staff) {
        String bound = TenantContext.current().orElse(null);
        if (!staff.tenantId().equals(bound)) {
            throw new IllegalStateException("Staff of " + staff.tenantId() + " working as " + bound);
        }
        return tenants.require(bound);
    }

    private static void check(NewCase intake, CaseSettings settings, boolean channelAllowed) {
        if (intake.kind() == null || settings.kind(intake.kind()).isEmpty()) {
            throw new CaseInputException("kind", Msg.key("case.error.kind.required"));
        }
        if (intake.channel() == null || !channelAllowed) {
            throw new CaseInputException("channel", Msg.key("case.error.channel.required"));
        }
        if (intake.category() == null || settings.category(intake.category()).isEmpty()) {
            throw new CaseInputException("category", Msg.key("case.error.category.required"));
        }
        if (intake.description() == null || intake.description().isBlank()) {
            throw new CaseInputException("description", Msg.key("case.error.description.required"));
        }
        if (intake.description().length() > 4000) {
            throw new CaseInputException("description", Msg.key("case.error.description.too.long"));
        }
        if (intake.residentEmail() != null && !intake.residentEmail().isBlank()
                && !EMAIL.matcher(intake.residentEmail().strip()).matches()) {
            throw new CaseInputException("residentEmail", Msg.key("case.error.email.invalid"));
        }
        if (intake.residentPhone() != null && !intake.residentPhone().isBlank()
                && !PHONE.matcher(intake.residentPhone().strip()).matches()) {
            throw new CaseInputException("residentPhone", Msg.key("case.error.phone.invalid"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ResidentCase row(ResultSet rs, int n) throws SQLException {
        return new ResidentCase(rs.getLong("id"), rs.getString("reference"), rs.getString("kind"),
                rs.getString("channel"), rs.getString("category"), rs.getString("department"),
                rs.getString("status"), rs.getString("description"), rs.getString("location"),
                rs.getString("resident_name"), rs.getString("resident_email"), rs.getString("resident_phone"),
                rs.getString("resident_language"), instant(rs, "received_at"), instant(rs, "answer_due_at"),
                instant(rs, "answered_at"), instant(rs, "closed_at"), rs.getString("registered_by"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
