package org.citydialogue.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resident's right of access (GDPR art. 15, PIPL art. 45): every case of the current tenant
 * that the resident's e-mail address or phone number is on, with its timeline, its files and what
 * other modules keep beside it ({@link CasePersonalData}, e.g. the raw Open311 request), as JSON. Only a
 * supervisor or the tenant's administrator may export, and every export is audited — who, for
 * which address or number, which cases. The tenant's store holds no other city's cases.
 */
@Service
public class ResidentExport {

    /** The audit action of an export. */
    public static final String EXPORTED = "resident.export";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What an export found.
     *
     * @param json the document to hand to the resident, UTF-8
     */
    public record Export(String contact, List<String> references, byte[] json) {

        public int count() {
            return references.size();
        }
    }

    private final Cases cases;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseAttachments attachments;
    private final List<CasePersonalData> beside;

    ResidentExport(Cases cases, JdbcClient jdbc, Optional<Clock> clock, CaseAttachments attachments,
            List<CasePersonalData> beside) {
        this.attachments = attachments;
        this.beside = beside;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Exports the cases of the resident with this e-mail address (ignoring case) or phone number
     * (digits compared, so {@code 021-123 45} finds {@code 02112345}).
     *
     * @throws CaseInputException when {@code contact} is neither an e-mail address nor a phone number
     * @throws SecurityException  when {@code staff} is neither supervisor nor tenant administrator
     */
    @Transactional
    public Export export(StaffUser staff, String contact) {
        String bound = TenantContext.current().orElse(null);
        if (!staff.tenantId().equals(bound)) {
            throw new IllegalStateException("Staff of " + staff.tenantId() + " working as " + bound);
        }
        if (!staff.roles().contains(Role.SUPERVISOR) && !staff.roles().contains(Role.TENANT_ADMIN)) {
            throw new SecurityException(staff.username() + " may not export residents' data");
        }
        String value = contact == null ? "" : contact.strip();
        // In the order the resident contacted the city: ids only roughly follow time (identity cache).
        List<Long> ids;
        if (value.contains("@")) {
            if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new CaseInputException("contact", Msg.key("export.error.contact"));
            }
            ids = jdbc.sql("select id from resident_case where lower(resident_email) = lower(?) "
                    + "order by received_at, id")
                    .param(value).query(Long.class).list();
        } else {
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() < 5 || !value.matches("\\+?[0-9 ()-]{5,30}")) {
                throw new CaseInputException("contact", Msg.key("export.error.contact"));
            }
            ids = jdbc.sql("""
                    select id from resident_case
                    where regexp_replace(resident_phone, '[^0-9]', '', 'g') = ? order by received_at, id
                    """).param(digits).query(Long.class).list();
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("tenant", bound);
        root.put("contact", value);
        root.put("exportedAt", clock.instant().toString());
        root.put("exportedBy", staff.username());
        ArrayNode list = root.putArray("cases");
        List<String> references = new java.util.ArrayList<>();
        for (long id : ids) {
            ResidentCase c = cases.find(id).orElseThrow();
            references.add(c.reference());
            ObjectNode item = list.addObject();
            item.put("reference", c.reference());
            item.put("kind", c.kind());
            item.put("channel", c.channel());
            item.put("category", c.category());
            item.put("department", c.department());
            item.put("status", c.status());
            item.put("description", c.description());
            item.put("location", c.location());
            item.put("residentName", c.residentName());
            item.put("residentEmail", c.residentEmail());
            item.put("residentPhone", c.residentPhone());
            item.put("residentLanguage", c.residentLanguage());
            item.put("receivedAt", text(c.receivedAt()));
            item.put("answerDueAt", text(c.answerDueAt()));
            item.put("answeredAt", text(c.answeredAt()));
            item.put("closedAt", text(c.closedAt()));
            ArrayNode timeline = item.putArray("timeline");
            for (CaseEvent e : cases.timeline(id)) {
                ObjectNode event = timeline.addObject();
                event.put("at", text(e.at()));
                event.put("actor", e.actor());
                event.put("action", e.action());
                event.put("fromStatus", e.fromStatus());
                event.put("toStatus", e.toStatus());
                event.put("department", e.department());
                event.put("note", e.note());
            }
            // The files are listed; the resident gets copies of them with the document if asked.
            ArrayNode files = item.putArray("attachments");
            for (CaseAttachment a : attachments.of(id)) {
                ObjectNode file = files.addObject();
                file.put("fileName", a.fileName());
                file.put("contentType", a.contentType());
                file.put("sizeBytes", a.sizeBytes());
                file.put("addedAt", text(a.addedAt()));
                file.put("addedBy", a.addedBy());
                file.put("removedByRetention", a.removed());
            }
            for (CasePersonalData data : beside) {
                data.export(id).ifPresent(json -> item.set(data.section(), JSON.readTree(json)));
            }
        }
        ObjectNode detail = JSON.createObjectNode();
        detail.put("count", references.size());
        references.forEach(detail.putArray("cases")::add);
        jdbc.sql("insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)")
                .params(staff.username(), EXPORTED, value, JSON.writeValueAsString(detail)).update();
        return new Export(value, List.copyOf(references),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
