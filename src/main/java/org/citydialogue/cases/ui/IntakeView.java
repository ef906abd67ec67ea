package org.citydialogue.cases.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseAttachments;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * Registering a resident's contact while they are on the line, from the keyboard: the cursor
 * starts in the first field, Tab walks the form, Ctrl+Enter (or Enter in the last field)
 * registers. A registered contact opens as its case, so the agent can read out the reference and
 * take the first step (answer, or tell where it will be handled) before hanging up.
 */
@Route("cases/new")
@RolesAllowed({"AGENT", "SUPERVISOR"})
public class IntakeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffUser staff;
    private final H2 title = new H2();
    private final Paragraph hint = new Paragraph();
    private final IntakeForm form;
    private final Button register = new Button();
    private final IntakeAttachments files;

    public IntakeView(CaseCatalogue catalogue, TenantDirectory tenants, CurrentStaff currentStaff,
            Deadlines deadlines, CaseAttachments attachments) {
        this.staff = currentStaff.require();
        Tenant tenant = tenants.require(staff.tenantId());
        this.form = new IntakeForm(new CaseTexts(this, this::getLocale, tenant, catalogue.require(tenant.id()),
                deadlines));
        register.setId("intake-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> register());
        // Shortcuts commit the value of the field being typed in before the click, so nothing is lost.
        register.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        register.addClickShortcut(Key.ENTER).listenOn(form.email).resetFocusOnActiveElement();
        hint.addClassName("intake-hint");
        files = new IntakeAttachments(attachments, staff, this::getTranslation);
        setMaxWidth("60rem");
        add(title, hint, form, files, register);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        form.focusFirst();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("case.intake.title"));
        hint.setText(getTranslation("case.intake.hint"));
        register.setText(getTranslation("case.intake.register"));
        form.label();
        files.label();
    }

    private void register() {
        form.clearErrors();
        ResidentCase registered;
        try {
            registered = files.registerWithFiles(form.value());
        } catch (CaseInputException refused) {
            form.show(refused);
            return;
        }
        Notification done = Notification.show(getTranslation("case.intake.registered",
                Map.of("reference", registered.reference())));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.setId("intake-registered");
        getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters(CaseDetailView.ID, String.valueOf(registered.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.intake.title");
    }
}
