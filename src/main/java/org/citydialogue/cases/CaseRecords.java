package org.citydialogue.cases;

import java.util.Optional;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case opened by a staff member to work on it: the one read that shows the resident's contact
 * details, and so the one that is audited (public-records law, GDPR art. 30, PIPL). Lists, queues,
 * search and imports read cases without personal data on screen and go through {@link Cases#find}.
 */
@Service
public class CaseRecords {

    /** The audit action of opening a case that holds personal data. */
    public static final String READ_PERSONAL_DATA = "case.read-personal-data";

    private final Cases cases;
    private final JdbcClient jdbc;

    CaseRecords(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * The case, for {@code staff} to see in full; if it holds the resident's name, e-mail or phone,
     * the opening is written to the tenant's audit trail (who, which case, when).
     */
    @Transactional
    public Optional<ResidentCase> openForStaff(StaffUser staff, long id) {
        String bound = TenantContext.current().orElse(null);
        if (!staff.tenantId().equals(bound)) {
            throw new IllegalStateException("Staff of " + staff.tenantId() + " working as " + bound);
        }
        Optional<ResidentCase> found = cases.find(id);
        found.filter(CaseRecords::hasPersonalData).ifPresent(c -> jdbc.sql("""
                insert into audit_event (actor, action, subject, detail) values (?, ?, ?, ?::jsonb)
                """).params(staff.username(), READ_PERSONAL_DATA, c.reference(), "{\"case\": " + c.id() + "}")
                .update());
        return found;
    }

    static boolean hasPersonalData(ResidentCase c) {
        return c.residentName() != null || c.residentEmail() != null || c.residentPhone() != null;
    }
}
