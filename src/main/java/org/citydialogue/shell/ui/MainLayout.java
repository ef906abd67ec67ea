package org.citydialogue.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.citydialogue.benchmarks.ui.BenchmarkView;
import org.citydialogue.cases.ui.ExportView;
import org.citydialogue.cases.ui.ImportView;
import org.citydialogue.cases.ui.IntakeView;
import org.citydialogue.cases.ui.QueueView;
import org.citydialogue.cases.ui.SupervisionView;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.LanguageChoice;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.i18n.ui.LanguageSwitch;
import org.citydialogue.i18n.ui.PageLanguage;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.identity.ui.StaffView;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.ui.PartnershipsView;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.citydialogue.tenancy.ui.TenantView;

/**
 * The frame around every staff view: the city's name, navigation for the staff member's roles,
 * the language switch and the user menu. Views of later features add themselves here.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private static final String LANGUAGE_SET = MainLayout.class.getName() + ".language";

    private final CurrentStaff currentStaff;
    private final StaffUser staff;
    private final Tenant tenant;
    private final StaffDirectory directory;
    /** Member of a partnership: has joint plans in the navigation. */
    private final boolean takesPart;
    private final SideNav navigation = new SideNav();
    private final MenuBar userMenu = new MenuBar();
    private final Span product = new Span();
    private final Span city = DataText.mark(new Span());

    public MainLayout(CurrentStaff currentStaff, TenantDirectory tenants, StaffDirectory directory, Plans plans) {
        this.currentStaff = currentStaff;
        this.takesPart = plans.takesPart(currentStaff.require());
        this.staff = currentStaff.require();
        this.tenant = tenants.require(staff.tenantId());
        this.directory = directory;
        applyLanguage();

        product.addClassName("product");
        city.addClassName("city");
        city.setId("city-name");
        var languageSwitch = new LanguageSwitch(this::keepLanguage);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), product, city, languageSwitch, userMenu);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(city);
        bar.addClassName("navbar");
        addToNavbar(bar);
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
        render();
    }

    /** The kept choice, else the tenant's language, else the browser's; once per session. */
    private void applyLanguage() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LANGUAGE_SET) != null) {
            return;
        }
        SupportedLanguage kept = directory.chosenLanguage(staff.subject())
                .flatMap(SupportedLanguage::fromTag).orElse(null);
        VaadinRequest request = VaadinRequest.getCurrent();
        List<Locale> browser = request == null ? List.of() : java.util.Collections.list(request.getLocales());
        SupportedLanguage language = LanguageChoice.resolve(kept, tenant.defaultLocale(), browser);
        session.setAttribute(LANGUAGE_SET, language.tag());
        session.setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }

    private void keepLanguage(SupportedLanguage language) {
        directory.chooseLanguage(staff.subject(), language.tag());
        VaadinSession.getCurrent().setAttribute(LANGUAGE_SET, language.tag());
    }

    private void render() {
        product.setText(getTranslation("app.name"));
        // The city's own name in the reader's language: "Västerås stad", "City of Västerås", "韦斯特罗斯市".
        city.setText(tenant.name(getLocale()));
        navigation.removeAll();
        navigation.addItem(new SideNavItem(getTranslation("shell.nav.home"), HomeView.class,
                VaadinIcon.HOME.create()));
        if (staff.has(Role.AGENT) || staff.has(Role.CASE_HANDLER) || staff.has(Role.SUPERVISOR)) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.cases"), QueueView.class,
                    VaadinIcon.INBOX.create()));
        }
        if (staff.has(Role.AGENT) || staff.has(Role.SUPERVISOR)) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.intake"), IntakeView.class,
                    VaadinIcon.PHONE.create()));
        }
        if (staff.has(Role.SUPERVISOR)) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.supervision"), SupervisionView.class,
                    VaadinIcon.ALARM.create()));
        }
        if (tenant.isCity() && (staff.has(Role.SUPERVISOR) || staff.has(Role.TENANT_ADMIN))) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.import"), ImportView.class,
                    VaadinIcon.UPLOAD.create()));
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.export"), ExportView.class,
                    VaadinIcon.DOWNLOAD.create()));
        }
        if (takesPart) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.plans"), PartnershipsView.class,
                    VaadinIcon.CALENDAR_USER.create()));
        }
        navigation.addItem(new SideNavItem(getTranslation("benchmarks.nav"), BenchmarkView.class,
                VaadinIcon.CHART.create()));
        if (staff.has(Role.SUPERVISOR) || staff.has(Role.TENANT_ADMIN)) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.staff"), StaffView.class,
                    VaadinIcon.USERS.create()));
        }
        if (staff.has(Role.TENANT_ADMIN)) {
            navigation.addItem(new SideNavItem(getTranslation("shell.nav.tenant"), TenantView.class,
                    VaadinIcon.COG.create()));
        }
        userMenu.removeAll();
        var avatar = new Avatar(staff.displayName());
        var name = DataText.mark(new Span(staff.displayName()));
        var who = new HorizontalLayout(avatar, name);
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(false);
        who.addClassName("who");
        var item = userMenu.addItem(who);
        item.setAriaLabel(getTranslation("shell.user.menu"));
        item.getSubMenu().addItem(getTranslation("shell.signout"), click -> signOut()).setId("sign-out");
        userMenu.setId("user-menu");
    }

    private void signOut() {
        VaadinSession.getCurrent().setAttribute(LANGUAGE_SET, null);
        currentStaff.signOut();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
        PageLanguage.follow(event.getUI());
    }
}
