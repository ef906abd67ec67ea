package org.citydialogue.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.citydialogue.i18n.DataText;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * The sign-in page of a built-in issuer, in the tenant's language. The form posts to that issuer,
 * which checks the password against the tenant's own staff store.
 */
@Route(value = "auth/:tenant/login", autoLayout = false)
@AnonymousAllowed
public class BuiltInLoginView extends VerticalLayout
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final TenantDirectory tenants;
    private final H1 city = new H1();
    private final LoginForm form = new LoginForm();
    private Tenant tenant;

    public BuiltInLoginView(TenantDirectory tenants) {
        this.tenants = tenants;
        setAlignItems(Alignment.CENTER);
        form.setForgotPasswordButtonVisible(false);
        DataText.mark(city);
        add(city, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get("tenant").flatMap(tenants::find)
                .filter(t -> t.identity().builtIn())
                .orElseThrow(NotFoundException::new);
        UI.getCurrent().setLocale(tenant.defaultLocale());
        form.setAction("/auth/" + tenant.id() + "/login");
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        render();
    }

    /** Texts follow the page's language, which starts as the tenant's. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        if (tenant != null) {
            city.setText(tenant.name(getLocale()));
            form.setI18n(i18n());
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("signin.title"));
        i18n.getForm().setUsername(getTranslation("signin.username"));
        i18n.getForm().setPassword(getTranslation("signin.password"));
        i18n.getForm().setSubmit(getTranslation("signin.submit"));
        i18n.getForm().setForgotPassword(getTranslation("signin.forgot"));
        i18n.getErrorMessage().setUsername(getTranslation("signin.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("signin.password.required"));
        i18n.getErrorMessage().setTitle(getTranslation("signin.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("signin.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title");
    }
}
