package org.citydialogue.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.citydialogue.calendar.Deadlines;
import org.citydialogue.cases.CaseAttachments;
import org.citydialogue.cases.CaseCatalogue;
import org.citydialogue.cases.CaseExtensions;
import org.citydialogue.cases.CaseMerges;
import org.citydialogue.cases.CaseReplies;
import org.citydialogue.cases.CannedReplies;
import org.citydialogue.cases.CaseRecords;
import org.citydialogue.cases.CaseSatisfaction;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.ConcurrentChangeException;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.Msg;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffDirectory;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One case: its facts, what the staff member may do next, and its timeline. A step is taken on
 * the version shown; if someone else changed the case meanwhile, nothing is saved, the staff
 * member is told, and the case is shown as it is now. When someone changes the case, on any node, the
 * view shows the new state and timeline without a reload.
 */
@Route("cases/:id([0-9]{1,18})")
@RolesAllowed({"AGENT", "CASE_HANDLER", "SUPERVISOR"})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    /** The route parameter: the case's id. */
    public static final String ID = "id";

    private final Cases cases;
    private final CaseRecords records;
    private final StaffUser staff;
    private final StaffDirectory directory;
    private final Clock clock;
    private final CaseTexts texts;
    private final CaseStepsPanel steps;
    private final CaseAttachments attachments;
    private ResidentCase shown;
    /** A message that outlives a reload, such as "someone else changed this case"; null for none. */
    private String problemKey;

    public CaseDetailView(Cases cases, CaseRecords records, CaseUpdates updates, CaseCatalogue catalogue,
            TenantDirectory tenants, CurrentStaff currentStaff, StaffDirectory directory, Deadlines deadlines,
            ObjectProvider<Clock> clock, CaseExtensions extensions, CaseSatisfaction satisfaction, CaseMerges merges,
            CaseReplies replies, CannedReplies canned, CaseAttachments attachments) {
        this.cases = cases;
        this.attachments = attachments;
        this.records = records;
        this.staff = currentStaff.require();
        LiveRefresh.whileAttached(this, updates, staff.tenantId(), this::reloadIfShown);
        this.directory = directory;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        Tenant tenant = tenants.require(staff.tenantId());
        this.texts = new CaseTexts(this, this::getLocale, tenant, catalogue.require(tenant.id()), deadlines);
        this.steps = new CaseStepsPanel(texts, staff, extensions, satisfaction, merges, this::staffName, replies,
                canned);
        setId("case-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Opening the case shows the resident's contact details: audited. Live refreshes are not new openings.
        shown = event.getRouteParameters().getLong(ID).flatMap(id -> records.openForStaff(staff, id)).orElse(null);
        if (shown == null) {
            event.rerouteToError(NotFoundException.class);
        } else if (isAttached()) {
            // Vaadin keeps this view when one case's URL leads to another's: show the new case.
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (shown == null) {
            return;
        }
        H2 title = new H2(getTranslation("case.detail.title", Map.of("reference", shown.reference())));
        title.setId("case-title");
        add(new RouterLink(getTranslation("case.detail.back"), QueueView.class), title);
        if (problemKey != null) {
            Paragraph problem = new Paragraph(getTranslation(problemKey));
            problem.setId("case-problem");
            problem.addClassName("case-problem");
            problem.getElement().setAttribute("role", "alert");
            add(problem);
        }
        add(actions(), new CaseFacts(texts, shown, clock.instant()), steps.facts(shown));
        add(new H3(getTranslation("case.fact.description")));
        Paragraph description = DataText.mark(new Paragraph(shown.description()));
        description.setId("case-description");
        description.addClassName("case-description");
        add(description);
        add(new AttachmentsPanel(texts, staff, attachments, shown, this::takeStep, this::staffName));
        add(new H3(getTranslation("case.detail.timeline")));
        add(new CaseTimeline(texts, cases.timeline(shown.id()), this::staffName));
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("case-actions");
        for (Lifecycle.Action action : texts.settings().lifecycle().available(shown.status(), staff.roles())) {
            // The step's name is the city's own, from its tenant file.
            Button button = DataText.mark(new Button(texts.action(action),
                    click -> {
                        // The version the staff member decided on: a change that arrives while the
                        // dialog is open (live) must make this step fail, not slip under it.
                        int seen = shown.version();
                        new ActionDialog(texts, action, shown,
                                (step, department, note) -> take(step, seen, department, note)).open();
                    }));
            button.setId("action-" + action.code());
            bar.add(button);
        }
        steps.buttons(shown, this::takeStep).forEach(bar::add);
        return bar;
    }

    /** Takes a lifecycle step on the version shown; a refused input ({@code CaseInputException}) goes back to the dialog. */
    private boolean take(Lifecycle.Action action, int version, String department, String note) {
        takeStep(() -> cases.act(staff, shown.id(), version, action.code(), department, note));
        return true;
    }

    /** Any step on the version shown: saved and confirmed, or, if someone else changed the case, reloaded and said so. */
    private void takeStep(Supplier<ResidentCase> step) {
        try {
            shown = step.get();
            problemKey = null;
            Notification done = Notification.show(getTranslation("case.action.done"));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentChangeException changed) {
            problemKey = Msg.key("case.error.changed.by.someone.else");
            shown = cases.find(shown.id()).orElse(shown);
        }
        render();
    }

    private String staffName(String username) {
        return directory.displayNames().getOrDefault(username, username);
    }

    /** Checked in the session, not before: the same view shows another case when the route's id changes. */
    private void reloadIfShown(Set<Long> changed) {
        if (shown != null && changed.contains(shown.id())) {
            shown = cases.find(shown.id()).orElse(shown);
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("case.queue.title")
                : getTranslation("case.detail.title", Map.of("reference", shown.reference()));
    }
}
