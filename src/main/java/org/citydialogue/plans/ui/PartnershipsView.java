package org.citydialogue.plans.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.partnership.ui.PartnershipMembersView;

/** The partnerships the signed-in staff member's city takes part in, each leading to its joint plan. */
@Route("plans")
@PermitAll
public class PartnershipsView extends VerticalLayout implements HasDynamicTitle {

    public PartnershipsView(Partnerships partnerships, CurrentStaff currentStaff) {
        setId("partnerships");
        add(new H2(getTranslation("plans.list.title")));
        StaffUser staff = currentStaff.require();
        if (staff.has(Role.TENANT_ADMIN) || staff.has(Role.PARTNERSHIP_MEMBER)) {
            var members = new RouterLink(getTranslation("partnership.members.title"), PartnershipMembersView.class);
            members.setId("partnership-members-link");
            add(members);
        }
        List<Partnership> mine = partnerships.forCurrentTenant();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("plans.list.empty")));
        }
        String language = SupportedLanguage.match(getLocale()).tag();
        for (Partnership partnership : mine) {
            RouterLink link = DataText.mark(new RouterLink(partnership.names().getOrDefault(language,
                    partnership.names().getOrDefault("en", partnership.id())), PlanView.class,
                    new RouteParameters("partnership", partnership.id())));
            link.setId("partnership-" + partnership.id());
            add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.list.title");
    }
}
