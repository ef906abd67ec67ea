package org.citydialogue.partnership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.citydialogue.BrowserlessAppTest;
import org.citydialogue.i18n.HardCodedTextGuard;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.partnership.PartnershipRole;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cities bring their own people into a partnership; ICLD starts partnerships and adds cities. */
class PartnershipMembersViewTest extends BrowserlessAppTest {

    @Autowired
    Partnerships partnerships;
    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void signOut() {
        SignedInStaff.signOut();
    }

    @Test
    void jinans_admin_invites_a_handler_as_observer_and_vasteras_sees_him() {
        SignedInStaff.as("jinan", "chen.admin", "陈静", Role.TENANT_ADMIN);
        openApp();
        navigate(PartnershipMembersView.class);

        @SuppressWarnings("unchecked")
        ComboBox<StaffAccount> who = $(ComboBox.class).id("invite-staff-vasteras-jinan");
        who.setValue(who.getListDataView().getItems().filter(a -> a.username().equals("wang.handler"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<PartnershipRole> role = $(Select.class).id("invite-role-vasteras-jinan");
        role.setValue(PartnershipRole.OBSERVER);
        test($(Button.class).id("invite-vasteras-jinan")).click();

        assertThat($(Span.class).withText("王伟，济南市：观察员").all()).hasSize(1);
        assertThat(TenantContext.call("vasteras", () -> partnerships.memberRole("vasteras-jinan", "jinan",
                "wang.handler"))).contains(PartnershipRole.OBSERVER);
    }

    @Test
    void a_city_admin_cannot_start_a_partnership_or_add_cities() {
        SignedInStaff.as("vasteras", "adam.admin", "Adam Nilsson", Role.TENANT_ADMIN);
        openApp();
        navigate(PartnershipMembersView.class);

        assertThat($(TextField.class).withId("new-partnership-id").all()).isEmpty();
        assertThat($(ComboBox.class).withId("add-city-vasteras-jinan").all()).isEmpty();
    }

    @Test
    void icld_starts_a_partnership_with_vasteras_after_a_refused_short_name() {
        SignedInStaff.as("icld", "ingrid.icld", "Ingrid Holm", Role.PARTNERSHIP_MEMBER);
        openApp();
        navigate(PartnershipMembersView.class);

        TextField id = $(TextField.class).id("new-partnership-id");
        id.setValue("Bad Name!");
        $(TextField.class).id("new-partnership-name-en").setValue("Study visit on e-services");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Tenant> cities = $(MultiSelectComboBox.class).id("new-partnership-cities");
        cities.setValue(Set.of(tenants.require("vasteras")));
        test($(Button.class).id("new-partnership-create")).click();
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).startsWith("Use 2 to 63 lower-case letters");
        assertThat(TenantContext.call("icld", () -> partnerships.find("bad-name"))).isEmpty();

        id.setValue("e-services-study");
        test($(Button.class).id("new-partnership-create")).click();

        assertThat(TenantContext.call("vasteras", () -> partnerships.find("e-services-study"))).hasValueSatisfying(
                p -> assertThat(p.memberTenants()).containsExactly("icld", "vasteras"));
        assertThat(TenantContext.call("jinan", () -> partnerships.find("e-services-study"))).isEmpty();
    }

    @Test
    void no_hard_coded_text() {
        SignedInStaff.as("icld", "ingrid.icld", "Ingrid Holm", Role.PARTNERSHIP_MEMBER);
        openApp();
        HardCodedTextGuard.usePseudoLocale();
        HardCodedTextGuard.assertNoHardCodedText(navigate(PartnershipMembersView.class));
    }
}
