package org.citydialogue.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.citydialogue.calendar.DeadlineState;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseSupervision;
import org.citydialogue.cases.CaseSupervision.DepartmentLoad;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * The supervisor's overview (督办): per department, open cases, those due by the end of the working
 * day and those past their deadline, breaches first. Each figure opens the queue filtered to those
 * cases, overdue first. Kept live: a case that breaches or is answered on any node changes it.
 */
@Route("cases/supervision")
@RolesAllowed("SUPERVISOR")
public class SupervisionView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final CaseSupervision supervision;
    private final CaseTexts texts;
    private final Grid<DepartmentLoad> departments = new Grid<>();
    private final Paragraph calm = new Paragraph();

    public SupervisionView(CaseSupervision supervision, CaseUpdates updates, CaseCatalogue catalogue,
            TenantDirectory tenants, CurrentStaff currentStaff, Deadlines deadlines) {
        this.supervision = supervision;
        StaffUser staff = currentStaff.require();
        Tenant tenant = tenants.require(staff.tenantId());
        this.texts = new CaseTexts(this, this::getLocale, tenant, catalogue.require(tenant.id()), deadlines);
        LiveRefresh.whileAttached(this, updates, staff.tenantId(), changed -> refresh());
        departments.setId("supervision-departments");
        departments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        departments.setAllRowsVisible(true);
        calm.setId("supervision-calm");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        departments.removeAllColumns();
        departments.addColumn(load -> load.department() == null ? getTranslation("case.filter.not.forwarded")
                : texts.department(load.department())).setHeader(getTranslation("case.column.department"));
        departments.addColumn(DepartmentLoad::open).setHeader(getTranslation("supervision.open"))
                .setAutoWidth(true).setFlexGrow(0);
        departments.addColumn(new ComponentRenderer<>(load -> figure(load, DepartmentLoad::dueSoon,
                DeadlineState.DUE_SOON))).setHeader(getTranslation("case.deadline.due.soon")).setAutoWidth(true)
                .setFlexGrow(0);
        departments.addColumn(new ComponentRenderer<>(load -> figure(load, DepartmentLoad::breached,
                DeadlineState.BREACHED))).setHeader(getTranslation("case.deadline.overdue")).setAutoWidth(true)
                .setFlexGrow(0);
        add(new H2(getTranslation("supervision.title")), new Paragraph(getTranslation("supervision.help")), calm,
                departments);
        refresh();
    }

    private void refresh() {
        var loads = supervision.byDepartment();
        departments.setItems(loads);
        boolean nothingLate = loads.stream().allMatch(l -> l.breached() + l.dueSoon() == 0);
        calm.setText(getTranslation("supervision.calm"));
        calm.setVisible(nothingLate);
    }

    /** A count; when not zero, a link to the queue showing exactly those cases. */
    private com.vaadin.flow.component.Component figure(DepartmentLoad load, ToIntFunction<DepartmentLoad> count,
            DeadlineState state) {
        int value = count.applyAsInt(load);
        if (value == 0) {
            return new Span(texts.formats().number(0));
        }
        RouterLink link = new RouterLink(texts.formats().number(value), QueueView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of(
                QueueView.DEPARTMENT, load.department() == null ? QueueFilters.NOT_FORWARDED : load.department(),
                QueueView.DEADLINE, QueueWarning.parameter(state))));
        link.getElement().getThemeList().add(state == DeadlineState.BREACHED ? "badge error" : "badge");
        link.setId("supervision-" + QueueWarning.parameter(state) + "-"
                + (load.department() == null ? "none" : load.department()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title");
    }
}
