package org.citydialogue.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import org.citydialogue.i18n.Collation;
import org.citydialogue.i18n.DataText;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * Where staff start: they pick their city (or organisation) and are sent to its identity provider.
 * Which tenant they belong to is then decided by the provider that signs them in, not by this page.
 */
@Route(value = SignInView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "signin";

    private final TenantDirectory tenants;
    private final Paragraph error = new Paragraph();

    public SignInView(TenantDirectory tenants) {
        this.tenants = tenants;
        addClassName("sign-in");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("signin.choose.city")));
        error.setText(getTranslation("signin.failed"));
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
        Comparator<Tenant> byName = Comparator.comparing(t -> t.name(getLocale()),
                Collation.forLocale(getLocale()));
        tenants.all().stream().sorted(byName).forEach(tenant -> {
            Anchor link = new Anchor("oauth2/authorization/" + tenant.id(), tenant.name(getLocale()));
            link.setRouterIgnore(true);
            link.addClassName("tenant-link");
            link.setId("signin-" + tenant.id());
            DataText.mark(link);
            add(link);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title");
    }
}
