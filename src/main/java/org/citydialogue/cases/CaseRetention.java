package org.citydialogue.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: a configured time ({@code cases.retention-months} of the tenant file) after a case
 * closed, its personal data is anonymised — the resident's name, e-mail, phone and the location
 * become empty, the description and the notes of its timeline (free text, which may name people)
 * become a neutral marker or empty, attached files lose content and name, and what other modules keep
 * beside the case ({@link CasePersonalData}, e.g. the raw Open311 request) is anonymised with it.
 * {@link RetentionScheduling} runs it nightly for every tenant. What statistics need stays: kind,
 * channel, category, department, statuses, dates, and who did which step when. Each run is one
 * audit row per tenant.
 */
@Service
public class CaseRetention {

    /** The audit action of a retention run that anonymised cases. */
    public static final String ANONYMISED = "case.anonymised";
    /** Who the audit trail names for the scheduled run. */
    static final String ACTOR = "system.retention";

    private static final int SEARCH_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final CaseCatalogue catalogue;
    private final SearchDocuments searchDocuments;
    private final CaseAttachments attachments;
    private final List<CasePersonalData> beside;

    CaseRetention(JdbcClient jdbc, CaseCatalogue catalogue, SearchDocuments searchDocuments, CaseAttachments attachments,
            List<CasePersonalData> beside) {
        this.attachments = attachments;
        this.beside = beside;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.searchDocuments = searchDocuments;
    }

    /** The description an anonymised case keeps, in the tenant's language. */
    public static String marker(Tenant tenant) {
        Locale locale = tenant.defaultLocale();
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "sv" -> "[Anonymiserad]";
            case "zh" -> "[已匿名化]";
            default -> "[Anonymised]";
        };
    }

    /**
     * Anonymises the cases of {@code tenant} that closed more than its retention time before
     * {@code now}. The tenant must be bound to the thread (its store is the one written).
     *
     * @return how many cases were anonymised; 0 when the tenant has no retention time or none was due
     */
    @Transactional
    public int anonymiseExpired(Tenant tenant, Instant now) {
        if (!tenant.id().equals(TenantContext.current().orElse(null))) {
            throw new IllegalStateException("Retention of " + tenant.id() + " run while working as "
                    + TenantContext.current().orElse(null));
        }
        int months = catalogue.of(tenant.id()).map(CaseSettings::retentionMonths).orElse(0);
        if (months <= 0) {
            return 0;
        }
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        String marker = marker(tenant);
        // Already anonymised cases (description = marker, nothing personal) are not counted again.
        List<Long> ids = jdbc.sql("""
                select id from resident_case
                where closed_at is not null and closed_at < ?
                  and (resident_name is not null or resident_email is not null or resident_phone is not null
                       or location is not null or description <> ?
                       or exists (select 1 from case_event e where e.case_id = resident_case.id and e.note is not null)
                       or exists (select 1 from case_attachment a where a.case_id = resident_case.id
                                  and a.content is not null))
                order by id for update
                """).params(Timestamp.from(cutoff), marker).query(Long.class).list();
        int besideRecords = beside.stream().mapToInt(data -> data.anonymiseClosedBefore(cutoff)).sum();
        if (ids.isEmpty() && besideRecords == 0) {
            return 0;
        }
        Long[] idArray = ids.toArray(Long[]::new);
        jdbc.sql("""
                update resident_case set resident_name = null, resident_email = null, resident_phone = null,
                    location = null, description = ?, search = null, version = version + 1, updated_at = now()
                where id = any(?)
                """).params(marker, idArray).update();
        jdbc.sql("update case_event set note = null where case_id = any(?) and note is not null").param(idArray)
                .update();
        attachments.removeFor(idArray, marker);
        // The anonymised cases' documents are rebuilt from the marker: their old words no longer find them.
        searchDocuments.rewrite(tenant, idArray, SEARCH_BATCH);
        jdbc.sql("""
                insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)
                """).params(ACTOR, ANONYMISED, tenant.id(),
                        "{\"count\": %d, \"besideRecords\": %d, \"retentionMonths\": %d, \"closedBefore\": \"%s\"}"
                                .formatted(ids.size(), besideRecords, months, cutoff))
                .update();
        return ids.size();
    }
}
