package org.citydialogue.partnership;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partnerships as the bound tenant may see them. Everything goes through {@link SharedStore}, so the
 * database's row-level policies decide: a tenant sees only partnerships it belongs to or organises,
 * and invites only its own people unless it is the organiser.
 */
@Service
public class Partnerships {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };
    private static final String SELECT = """
            select p.id, p.names, p.organiser,
                   array(select t.tenant_id from partnership_tenant t
                         where t.partnership_id = p.id order by t.tenant_id) as tenants
            from partnership p
            """;

    private final SharedStore store;

    Partnerships(SharedStore store) {
        this.store = store;
    }

    /** The partnerships the signed-in tenant takes part in or organises, by id. */
    public List<Partnership> forCurrentTenant() {
        return store.jdbc().query(SELECT + " order by p.id", Partnerships::partnership);
    }

    /** The partnership, if it exists and the bound tenant may see it. */
    public Optional<Partnership> find(String id) {
        return store.jdbc().query(SELECT + " where p.id = ?", Partnerships::partnership, id).stream().findFirst();
    }

    public List<PartnershipMember> members(String partnershipId) {
        return store.jdbc().query("""
                select tenant_id, subject, display_name, role from partnership_member
                where partnership_id = ? order by tenant_id, display_name
                """, Partnerships::member, partnershipId);
    }

    /** The person's part in the partnership, if they take part in it. */
    public Optional<PartnershipRole> memberRole(String partnershipId, String tenantId, String subject) {
        return store.jdbc().queryForList("""
                select role from partnership_member where partnership_id = ? and tenant_id = ? and subject = ?
                """, String.class, partnershipId, tenantId, subject).stream().findFirst()
                .map(PartnershipRole::fromCode);
    }

    /** Starts a partnership organised by the bound tenant, with its member tenants; all or nothing. */
    public Partnership create(String id, Map<String, String> names, String createdBy, List<String> memberTenants) {
        String organiser = boundTenant();
        return store.inTransaction(() -> {
            refusedAsDenied(() -> store.jdbc().update("""
                    insert into partnership (id, names, organiser, created_by) values (?, ?::jsonb, ?, ?)
                    """, id, JSON.writeValueAsString(names), organiser, createdBy));
            memberTenants.forEach(tenant -> addTenant(id, tenant));
            return find(id).orElseThrow();
        });
    }

    /** Adds a city or organisation; only the organiser may. */
    public void addTenant(String partnershipId, String tenantId) {
        refusedAsDenied(() -> store.jdbc().update("""
                insert into partnership_tenant (partnership_id, tenant_id) values (?, ?) on conflict do nothing
                """, partnershipId, tenantId));
    }

    /** Invites a member tenant's staff member, or changes their part if already invited. */
    public void invite(String partnershipId, PartnershipMember member, String invitedBy) {
        refusedAsDenied(() -> store.jdbc().update("""
                insert into partnership_member (partnership_id, tenant_id, subject, display_name, role, invited_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (partnership_id, tenant_id, subject)
                do update set display_name = excluded.display_name, role = excluded.role
                """, partnershipId, member.tenantId(), member.subject(), member.displayName(),
                member.role().code(), invitedBy));
    }

    private static String boundTenant() {
        return TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    /** The database refuses what the bound tenant may not do (SQL state 42501); say so plainly. */
    private static void refusedAsDenied(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                throw new PartnershipAccessDenied(sql.getMessage());
            }
            throw e;
        }
    }

    private static Partnership partnership(ResultSet row, int n) throws SQLException {
        Array tenants = row.getArray("tenants");
        return new Partnership(row.getString("id"), JSON.readValue(row.getString("names"), NAMES),
                row.getString("organiser"), Arrays.asList((String[]) tenants.getArray()));
    }

    private static PartnershipMember member(ResultSet row, int n) throws SQLException {
        return new PartnershipMember(row.getString("tenant_id"), row.getString("subject"),
                row.getString("display_name"), PartnershipRole.fromCode(row.getString("role")));
    }
}
