package org.citydialogue.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.citydialogue.i18n.Collation;
import org.citydialogue.i18n.Formats;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/** The staff of the signed-in supervisor's or admin's own city, sorted by name in their language. */
@Route("staff")
@RolesAllowed({"SUPERVISOR", "TENANT_ADMIN"})
public class StaffView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final List<StaffAccount> accounts;
    private final Tenant tenant;
    private final H2 title = new H2();
    private final Span count = new Span();
    private final Grid<StaffAccount> grid = new Grid<>();

    public StaffView(StaffDirectory directory, CurrentStaff currentStaff, TenantDirectory tenants) {
        this.accounts = directory.accounts();
        this.tenant = tenants.require(currentStaff.require().tenantId());
        grid.setId("staff-grid");
        setSizeFull();
        add(title, count, grid);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.title"));
        count.setText(getTranslation("staff.count", Map.of("count", accounts.size())));
        grid.removeAllColumns();
        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.column.name"))
                .setComparator(Collation.comparing(StaffAccount::displayName, getLocale()));
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.column.username"));
        Formats formats = Formats.of(getLocale(), tenant.zone());
        grid.addColumn(a -> formats.list(Collation.sorted(
                a.roles().stream().map(r -> getTranslation(r.messageKey())).toList(), name -> name, getLocale())))
                .setHeader(getTranslation("staff.column.roles"));
        grid.addColumn(this::department).setHeader(getTranslation("staff.column.department"));
        grid.setItems(Collation.sorted(accounts, StaffAccount::displayName, getLocale()));
    }

    private String department(StaffAccount account) {
        return tenant.departments().stream().filter(d -> d.code().equals(account.department())).findFirst()
                .map(d -> d.name(getLocale())).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }

}
