package org.citydialogue.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Map;
import org.citydialogue.i18n.Collation;
import org.citydialogue.i18n.Formats;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/** The start page: who you are, in which city, and today's date in the city's own time zone. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffUser staff;
    private final Tenant tenant;

    public HomeView(CurrentStaff currentStaff, TenantDirectory tenants) {
        this.staff = currentStaff.require();
        this.tenant = tenants.require(staff.tenantId());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Formats formats = Formats.of(getLocale(), tenant.zone());
        String roles = formats.list(Collation.sorted(
                staff.roles().stream().map(r -> getTranslation(r.messageKey())).toList(), name -> name, getLocale()));
        var welcome = new H2(getTranslation("home.welcome", Map.of("name", staff.displayName())));
        welcome.setId("welcome");
        add(welcome,
                new Paragraph(getTranslation("home.today", Map.of("date", formats.date(Instant.now())))),
                new Paragraph(getTranslation("home.roles", Map.of("roles", roles))),
                new Paragraph(getTranslation("home.timezone", Map.of("zone", tenant.zone().getId()))),
                new Paragraph(getTranslation("home.nothing.yet")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
