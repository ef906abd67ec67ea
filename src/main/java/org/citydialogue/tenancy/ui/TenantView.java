package org.citydialogue.tenancy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.citydialogue.i18n.Collation;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.tenancy.Department;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantContext;
import org.citydialogue.tenancy.TenantDirectory;

/** What the tenant file says about the admin's own city; read-only, since the file is the source. */
@Route("tenant")
@RolesAllowed("TENANT_ADMIN")
public class TenantView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final Tenant tenant;

    /** The tenant is the one bound from the signed-in identity for this request. */
    public TenantView(TenantDirectory tenants) {
        this.tenant = tenants.require(TenantContext.current()
                .orElseThrow(() -> new IllegalStateException("No tenant bound")));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var departments = new UnorderedList();
        Collation.sorted(tenant.departments(), d -> d.name(getLocale()), getLocale()).stream()
                .map((Department d) -> DataText.mark(new ListItem(d.name(getLocale()))))
                .forEach(departments::add);
        add(DataText.mark(new H2(tenant.name(getLocale()))),
                new Paragraph(getTranslation("tenant.population", Map.of("population", tenant.population()))),
                fact("tenant.timezone", tenant.zone().getId()),
                fact("tenant.currency", tenant.currency().getCurrencyCode()),
                fact("tenant.locale", getTranslation(SupportedLanguage.match(tenant.defaultLocale()).nameKey())),
                new H3(getTranslation("tenant.departments")), departments);
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key, Map.of("value", value)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenant.title");
    }
}
