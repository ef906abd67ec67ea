package org.citydialogue.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.SharedStore;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * Who sees a partnership is the database's decision: every check here holds for raw SQL sent as the
 * tenant's role, not only for the service.
 */
@AppTest
class PartnershipAccessTest {

    @Autowired
    Partnerships partnerships;

    @Autowired
    SharedStore shared;

    @Test
    void both_cities_and_icld_see_the_demo_partnership_with_its_members() {
        for (String tenant : List.of("vasteras", "jinan", "icld")) {
            Partnership partnership = TenantContext.call(tenant, () -> partnerships.find(DemoPartnership.ID))
                    .orElseThrow();
            assertThat(partnership.memberTenants()).containsExactly("icld", "jinan", "vasteras");
            assertThat(partnership.names()).containsEntry("zh-Hans", "韦斯特罗斯—济南：市民对话");
        }
        List<PartnershipMember> members = TenantContext.call("jinan", () -> partnerships.members(DemoPartnership.ID));
        assertThat(members).extracting(PartnershipMember::subject).contains("sara.supervisor", "zhang.supervisor");
        assertThat(TenantContext.call("vasteras",
                () -> partnerships.memberRole(DemoPartnership.ID, "jinan", "zhang.supervisor")))
                .contains(PartnershipRole.STEERING_COMMITTEE);
    }

    @Test
    void a_partnership_of_icld_and_vasteras_alone_is_invisible_to_jinan_even_by_raw_sql() {
        TenantContext.run("icld", () -> partnerships.create("vasteras-study", Map.of("en", "Study visit"),
                "ingrid.icld", List.of("vasteras")));

        assertThat(TenantContext.call("vasteras", () -> partnerships.find("vasteras-study"))).isPresent();
        assertThat(TenantContext.call("jinan", () -> partnerships.find("vasteras-study"))).isEmpty();
        assertThat(TenantContext.call("jinan", () -> shared.jdbc().queryForObject(
                "select count(*) from partnership_tenant where partnership_id = 'vasteras-study'", Long.class)))
                .isZero();
        assertThat(TenantContext.call("jinan", () -> partnerships.forCurrentTenant()))
                .extracting(Partnership::id).doesNotContain("vasteras-study");
    }

    @Test
    void a_city_invites_its_own_staff_but_not_its_partners() {
        TenantContext.run("jinan", () -> partnerships.invite(DemoPartnership.ID,
                new PartnershipMember("jinan", "wang.handler", "王伟", PartnershipRole.OBSERVER), "chen.admin"));
        assertThat(TenantContext.call("vasteras",
                () -> partnerships.memberRole(DemoPartnership.ID, "jinan", "wang.handler")))
                .contains(PartnershipRole.OBSERVER);

        assertThatThrownBy(() -> TenantContext.run("jinan", () -> partnerships.invite(DemoPartnership.ID,
                new PartnershipMember("vasteras", "hans.handlaggare", "Hans Berg", PartnershipRole.OBSERVER),
                "chen.admin")))
                .isInstanceOf(PartnershipAccessDenied.class);
        assertThat(TenantContext.call("vasteras",
                () -> partnerships.memberRole(DemoPartnership.ID, "vasteras", "hans.handlaggare"))).isEmpty();
    }

    @Test
    void only_the_organiser_adds_cities_and_nobody_starts_a_partnership_in_anothers_name() {
        assertThatThrownBy(() -> TenantContext.run("vasteras",
                () -> partnerships.addTenant(DemoPartnership.ID, "icld")))
                .isInstanceOf(PartnershipAccessDenied.class);
        assertThat(sqlState(() -> TenantContext.run("vasteras", () -> shared.jdbc().update(
                "insert into partnership (id, names, organiser, created_by) values ('fake', '{}', 'icld', 'x')"))))
                .isEqualTo("42501");
    }

    @Test
    void the_database_knows_which_tenant_asks_and_no_tenant_can_change_that() {
        assertThat(TenantContext.call("jinan",
                () -> shared.jdbc().queryForObject("select partnership.current_tenant()", String.class)))
                .isEqualTo("jinan");
        assertThat(shared.jdbc().queryForObject("select partnership.current_tenant()", String.class)).isNull();

        assertThat(sqlState(() -> TenantContext.run("jinan", () -> shared.jdbc().update(
                "update tenant_role set tenant_id = 'vasteras' where tenant_id = 'jinan'"))))
                .isEqualTo("42501");
        // The public directory is read by all and written only by the app's start-up sync.
        assertThat(TenantContext.call("jinan", () -> shared.jdbc().update(
                "update partner_tenant set population = 1 where id = 'vasteras'"))).isZero();
    }

    private static String sqlState(Runnable work) {
        try {
            work.run();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql) {
                return sql.getSQLState();
            }
            throw e;
        }
        return "none";
    }
}
