package org.citydialogue.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.partnership.PartnershipAccessDenied;
import org.citydialogue.partnership.PartnershipMember;
import org.citydialogue.partnership.PartnershipRole;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * Who takes part in the partnerships of the signed-in staff member's tenant: each city's admin
 * invites its own people with their part; the organiser adds cities and starts partnerships. The
 * shared store's row-level policies refuse anything else, whatever this screen offers.
 */
@Route("partnerships/members")
@RolesAllowed({"TENANT_ADMIN", "PARTNERSHIP_MEMBER"})
public class PartnershipMembersView extends VerticalLayout implements HasDynamicTitle {

    private final Partnerships partnerships;
    private final StaffDirectory directory;
    private final TenantDirectory tenants;
    private final StaffUser staff;

    public PartnershipMembersView(Partnerships partnerships, StaffDirectory directory, TenantDirectory tenants,
            CurrentStaff currentStaff) {
        this.partnerships = partnerships;
        this.directory = directory;
        this.tenants = tenants;
        this.staff = currentStaff.require();
        setId("partnership-members");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("partnership.members.title")));
        for (Partnership partnership : partnerships.forCurrentTenant()) {
            add(section(partnership));
        }
        if (!tenants.require(staff.tenantId()).isCity()) {
            add(new NewPartnershipForm(partnerships, tenants, staff, created -> render()));
        }
    }

    private VerticalLayout section(Partnership partnership) {
        String language = SupportedLanguage.match(getLocale()).tag();
        var section = new VerticalLayout(DataText.mark(new H3(partnership.names().getOrDefault(language,
                partnership.names().getOrDefault("en", partnership.id())))));
        section.setPadding(false);
        section.setId("members-" + partnership.id());
        for (PartnershipMember member : partnerships.members(partnership.id())) {
            section.add(new Span(getTranslation("partnership.members.line", Map.of("name", member.displayName(),
                    "city", tenants.require(member.tenantId()).name(getLocale()),
                    "role", getTranslation(member.role().messageKey())))));
        }
        section.add(inviteRow(partnership));
        if (partnership.organiser().equals(staff.tenantId())) {
            section.add(addCityRow(partnership));
        }
        return section;
    }

    private HorizontalLayout inviteRow(Partnership partnership) {
        var who = new ComboBox<StaffAccount>(getTranslation("partnership.members.staff"), directory.accounts());
        who.setItemLabelGenerator(account -> account.displayName() + " (" + account.username() + ")");
        var role = new Select<PartnershipRole>();
        role.setLabel(getTranslation("partnership.members.role"));
        role.setItems(PartnershipRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(PartnershipRole.PROJECT_GROUP);
        var invite = new Button(getTranslation("partnership.members.invite"), click -> {
            if (who.isEmpty()) {
                who.setInvalid(true);
                who.setErrorMessage(getTranslation("partnership.error.staff.required"));
                return;
            }
            StaffAccount account = who.getValue();
            attempt(who, () -> partnerships.invite(partnership.id(), new PartnershipMember(staff.tenantId(),
                    account.username(), account.displayName(), role.getValue()), staff.username()));
        });
        who.setId("invite-staff-" + partnership.id());
        role.setId("invite-role-" + partnership.id());
        invite.setId("invite-" + partnership.id());
        var row = new HorizontalLayout(who, role, invite);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout addCityRow(Partnership partnership) {
        var city = new ComboBox<Tenant>(getTranslation("partnership.members.city"), tenants.all().stream()
                .filter(t -> !partnership.memberTenants().contains(t.id())).toList());
        city.setItemLabelGenerator(t -> t.name(getLocale()));
        var add = new Button(getTranslation("partnership.members.add.city"), click -> {
            if (city.isEmpty()) {
                city.setInvalid(true);
                city.setErrorMessage(getTranslation("partnership.error.city.required"));
                return;
            }
            attempt(city, () -> partnerships.addTenant(partnership.id(), city.getValue().id()));
        });
        city.setId("add-city-" + partnership.id());
        var row = new HorizontalLayout(city, add);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    /** Runs a change; the store's refusal becomes a message on the field, and nothing changes. */
    private void attempt(ComboBox<?> field, Runnable change) {
        try {
            change.run();
            render();
        } catch (PartnershipAccessDenied refused) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("partnership.error.denied"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnership.members.title");
    }
}
