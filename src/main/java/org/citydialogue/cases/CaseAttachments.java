package org.citydialogue.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on a case, stored in the tenant's own schema. Attaching is a step on the timeline
 * ({@code attachment-added}, naming the file) on the version the staff member saw; downloading
 * is a read of personal data and is audited like opening the case. Only open cases take files.
 */
@Service
public class CaseAttachments {

    public static final String ADDED = "attachment-added";
    /** The audit action of downloading an attachment. */
    public static final String DOWNLOADED = "case.attachment.download";

    /** An attachment's content with the name and type to serve it under. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** A file that comes with a new case, e.g. at phone intake. */
    public record File(String fileName, String contentType, byte[] content) {
    }

    private final CaseSteps steps;
    private final Cases cases;
    private final int maxBytes;

    CaseAttachments(CaseSteps steps, Cases cases,
            @Value("${citydialogue.cases.attachment-max-bytes:10485760}") int maxBytes) {
        this.steps = steps;
        this.cases = cases;
        this.maxBytes = maxBytes;
    }

    /**
     * Registers a new case with its files, all or nothing: a file refused at this point (a limit
     * changed since it was checked, say) leaves no case without the files the agent saw attached.
     *
     * @return the case as it is with its files
     */
    @Transactional
    public ResidentCase registerWith(StaffUser staff, NewCase intake, List<File> files) {
        ResidentCase c = cases.register(staff, intake);
        for (File file : files) {
            c = attach(staff, c.id(), c.version(), file.fileName(), file.contentType(), file.content());
        }
        return c;
    }

    /** The largest file accepted, in bytes ({@code citydialogue.cases.attachment-max-bytes}, default 10 MiB). */
    public int maxBytes() {
        return maxBytes;
    }

    /** The file extensions accepted, with a dot, for an upload's accepted types. */
    public static List<String> acceptedExtensions() {
        return AttachmentFiles.TYPES.keySet().stream().sorted().map(e -> "." + e).toList();
    }

    /**
     * Checks a file before there is a case to attach it to (at intake), with the same refusals as
     * {@link #attach}.
     */
    public void check(String fileName, String contentType, byte[] content) {
        AttachmentFiles.check(fileName, contentType, content, maxBytes);
    }

    /**
     * Attaches a file to an open case.
     *
     * @throws CaseInputException        field {@code file}: empty, too large, a type not allowed, or the case is closed
     * @throws ConcurrentChangeException when someone else changed the case since {@code version}
     */
    @Transactional
    public ResidentCase attach(StaffUser staff, long caseId, int version, String fileName, String contentType,
            byte[] content) {
        Tenant tenant = steps.tenantOf(staff);
        AttachmentFiles.Checked file = AttachmentFiles.check(fileName, contentType, content, maxBytes);
        ResidentCase current = steps.require(caseId);
        steps.checkVersion(current, version);
        if (current.closedAt() != null) {
            throw new CaseInputException("file", Msg.key("case.error.attachment.closed"));
        }
        steps.bump(current, version);
        steps.jdbc.sql("""
                insert into case_attachment (case_id, file_name, content_type, size_bytes, content, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, file.fileName(), file.contentType(), file.content().length, file.content(),
                staff.username(), java.sql.Timestamp.from(steps.now())).update();
        steps.event(tenant, caseId, staff, ADDED, current.status(), current.status(), file.fileName());
        steps.changed(tenant, caseId);
        return steps.jdbc.sql("select * from resident_case where id = ?").param(caseId).query(Cases::row).single();
    }

    /** The case's attachments, oldest first, without their content. */
    public List<CaseAttachment> of(long caseId) {
        return steps.jdbc.sql("""
                select id, case_id, file_name, content_type, size_bytes, added_by, added_at, removed_at
                from case_attachment where case_id = ? order by id
                """).param(caseId).query(CaseAttachments::row).list();
    }

    /**
     * The attachment's content for {@code staff}; each download is written to the tenant's audit
     * trail. Empty when there is no such attachment in this tenant or retention removed it.
     */
    @Transactional
    public Optional<Download> download(StaffUser staff, long attachmentId) {
        steps.tenantOf(staff);
        record Found(Download download, long caseId, String reference) {
        }
        Optional<Found> found = steps.jdbc.sql("""
                select a.file_name, a.content_type, a.content, a.case_id, c.reference
                from case_attachment a join resident_case c on c.id = a.case_id
                where a.id = ? and a.content is not null
                """).param(attachmentId).query((rs, n) -> new Found(new Download(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")), rs.getLong("case_id"),
                        rs.getString("reference"))).optional();
        found.ifPresent(f -> steps.jdbc.sql("""
                insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)
                """).params(staff.username(), DOWNLOADED, f.reference(),
                        "{\"case\": %d, \"attachment\": %d}".formatted(f.caseId(), attachmentId)).update());
        return found.map(Found::download);
    }

    /** Retention: the files of these cases lose content and name; type, size and dates stay. */
    int removeFor(Long[] caseIds, String marker) {
        return steps.jdbc.sql("""
                update case_attachment set content = null, file_name = ?, removed_at = now()
                where case_id = any(?) and content is not null
                """).params(marker, caseIds).update();
    }

    private static CaseAttachment row(ResultSet rs, int n) throws SQLException {
        return new CaseAttachment(rs.getLong("id"), rs.getLong("case_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant(), rs.getTimestamp("removed_at") != null);
    }
}
