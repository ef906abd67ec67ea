package org.citydialogue.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseQueue;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.cases.QueueRow;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.StaffAccount;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The agents' queue: the city's cases a page at a time from the database, overdue first, with
 * where each stands against its deadline in colour and in words. A row opens the case. When any case
 * of the city changes, on any node, the queue is read again and pushed to the browser.
 */
@Route("cases")
@RolesAllowed({"AGENT", "CASE_HANDLER", "SUPERVISOR"})
public class QueueView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that open the queue filtered, e.g. from the supervisor's overview. */
    static final String DEPARTMENT = "department";
    static final String DEADLINE = "deadline";

    private final CaseQueue queue;
    private final StaffUser staff;
    private final Clock clock;
    private final CaseTexts texts;
    private final Grid<QueueRow> grid = new Grid<>();
    private final Span count = new Span();
    private final CallbackDataProvider<QueueRow, Void> cases;
    private final String ownDepartment;
    private final QueueWarning warning;
    private QueueFilters filters;
    private CaseQueue.Filter filter;
    /** Whether the grid is on the planner's estimate (millions of rows) rather than an exact count. */
    private boolean estimated;
    /** The exact count of the last refresh: the heading shows it and the grid takes it, one query for both. */
    private int total;
    private Instant now;

    public QueueView(CaseQueue queue, CaseUpdates updates, CaseCatalogue catalogue, TenantDirectory tenants, CurrentStaff currentStaff,
            StaffDirectory directory, Deadlines deadlines, ObjectProvider<Clock> clock) {
        this.queue = queue;
        this.staff = currentStaff.require();
        LiveRefresh.whileAttached(this, updates, staff.tenantId(), changed -> refresh());
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        Tenant tenant = tenants.require(staff.tenantId());
        this.texts = new CaseTexts(this, this::getLocale, tenant, catalogue.require(tenant.id()), deadlines);
        this.ownDepartment = directory.account(staff.username()).map(StaffAccount::department).orElse(null);
        this.filter = new CaseQueue.Filter(null, null, null, handlerOnly() ? ownDepartment : null, true, null, null,
                false);
        this.warning = new QueueWarning(texts, queue, warningScope(), state -> filters.showDeadline(state));
        // Only the rows the grid asks for are read: offset and limit go to the database.
        this.cases = new CallbackDataProvider<>(
                query -> queue.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> total);
        grid.setId("case-queue");
        count.setId("queue-count");
        grid.setItems(cases);
        // Long names wrap instead of ending in "…"; dates and the badge keep their full width.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> open(click.getItem()));
        setSizeFull();
    }

    /** A case handler who only handles cases starts with their own department's cases. */
    private boolean handlerOnly() {
        return staff.has(Role.CASE_HANDLER) && !staff.has(Role.AGENT) && !staff.has(Role.SUPERVISOR);
    }

    /**
     * Whose deadlines the warning counts: a supervisor's are the city's, a handler's their
     * department's, an agent's the cases they registered or worked on.
     */
    private CaseQueue.Filter warningScope() {
        if (staff.has(Role.SUPERVISOR)) {
            return CaseQueue.Filter.open();
        }
        if (handlerOnly() && ownDepartment != null) {
            return CaseQueue.Filter.open().withDepartment(ownDepartment);
        }
        return new CaseQueue.Filter(null, null, null, null, true, null, staff.username(), false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(DEADLINE).flatMap(QueueWarning::state)
                .ifPresent(state -> filter = filter.withDeadline(state));
        parameters.getSingleParameter(DEPARTMENT).ifPresent(code -> filter = QueueFilters.NOT_FORWARDED.equals(code)
                ? new CaseQueue.Filter(filter.status(), filter.category(), filter.channel(), null, filter.openOnly(),
                        filter.deadline(), filter.involving(), true)
                : filter.withDepartment(code));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        now = clock.instant();
        H2 title = new H2(getTranslation("case.queue.title"));
        HorizontalLayout top = new HorizontalLayout(title, count);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (staff.has(Role.AGENT) || staff.has(Role.SUPERVISOR)) {
            Button intake = new Button(getTranslation("case.queue.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
            intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            intake.setId("queue-new-contact");
            top.add(intake);
        }
        top.add(searchField());
        top.setWidthFull();
        top.expand(count);
        filters = new QueueFilters(texts, filter, staff.username(), ownDepartment, this::filter);
        add(top, warning, filters, grid);
        columns();
        refresh();
    }

    /** Full-text search over all the city's cases, open or closed: Enter opens the results. */
    private TextField searchField() {
        TextField search = new TextField();
        search.setId("queue-search");
        search.setPlaceholder(getTranslation("case.queue.search"));
        search.setAriaLabel(getTranslation("case.queue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> {
            String text = change.getValue().strip();
            if (!text.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of(SearchView.QUERY, text)));
            }
        });
        return search;
    }

    private void columns() {
        grid.removeAllColumns();
        var formats = texts.formats();
        // Templates rendered in the browser, not a component per row: a session keeps only the row data.
        grid.addColumn(LitRenderer.<QueueRow>of("<a href=\"${item.href}\" router-link>${item.text}</a>")
                        .withProperty("href", this::href).withProperty("text", QueueRow::reference))
                .setHeader(getTranslation("case.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> texts.kind(c.kind())).setHeader(getTranslation("case.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> texts.category(c.category())).setHeader(getTranslation("case.column.category"));
        grid.addColumn(c -> texts.state(c.status())).setHeader(getTranslation("case.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> formats.dateTime(c.receivedAt())).setHeader(getTranslation("case.column.received"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> formats.date(c.answerDueAt())).setHeader(getTranslation("case.column.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<QueueRow>of("<span class=\"deadline\" theme=\"${item.theme}\">${item.text}</span>")
                        .withProperty("theme", c -> texts.badgeTheme(c.answered(), c.answerDueAt(), now))
                        .withProperty("text", c -> texts.badgeText(c.answered(), c.answerDueAt(), now)))
                .setHeader(getTranslation("case.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> texts.department(c.department())).setHeader(getTranslation("case.column.department"));
    }

    /** The case's address, as a router link to its view has it. */
    private String href(QueueRow c) {
        return RouteConfiguration.forSessionScope().getUrl(CaseDetailView.class,
                new RouteParameters(CaseDetailView.ID, String.valueOf(c.id())));
    }

    private void filter(CaseQueue.Filter changed) {
        filter = changed;
        refresh();
    }

    private void refresh() {
        now = clock.instant();
        OptionalInt estimate = queue.largeEstimate(filter);
        if (estimate.isPresent()) {
            // Millions of rows: no exact count; the grid finds the real end when it scrolls there.
            if (!estimated) {
                grid.setItems(query -> queue.page(filter, query.getOffset(), query.getLimit()).stream());
                estimated = true;
            }
            grid.getLazyDataView().setItemCountEstimate(estimate.getAsInt());
            grid.getDataProvider().refreshAll();
            count.setText(getTranslation("case.queue.count.about", Map.of("count", estimate.getAsInt())));
        } else {
            if (estimated) {
                grid.setItems(cases);
                estimated = false;
            }
            total = queue.count(filter);
            cases.refreshAll();
            count.setText(getTranslation("case.queue.count", Map.of("count", total)));
        }
        warning.refresh();
    }

    private void open(QueueRow c) {
        getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters(CaseDetailView.ID, String.valueOf(c.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.queue.title");
    }
}
