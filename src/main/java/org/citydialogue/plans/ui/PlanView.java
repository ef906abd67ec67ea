package org.citydialogue.plans.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.citydialogue.i18n.DataText;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.CurrentStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.PlanComments;
import org.citydialogue.plans.PlanEditException;
import org.citydialogue.plans.PlanEdits;
import org.citydialogue.plans.PlanPresence;
import org.citydialogue.plans.PlanUpdates;
import org.citydialogue.plans.Plans;
import org.citydialogue.plans.ReviewPack;
import org.citydialogue.plans.SteeringReviews;
import org.citydialogue.plans.TranslatableText;
import org.citydialogue.tenancy.TenantDirectory;

/**
 * A partnership's shared workspace: the plan (goals, outcomes, activities, timeline, budget, risks)
 * and its steering reviews, edited by members of every member city at once. Who else has it open
 * shows as avatars; others' edits appear without a reload, on whichever node they were made.
 */
@Route("plans/:partnership([a-z0-9-]{2,63})")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private String title;

    private final Plans plans;
    private final PlanEdits edits;
    private final Partnerships partnerships;
    private final PlanComments comments;
    private final SteeringReviews reviews;
    private final ReviewPack pack;
    private final PlanPresence presence;
    private final PlanUpdates updates;
    private final TenantDirectory tenants;
    private final StaffUser staff;
    private final AvatarGroup viewers = new AvatarGroup();
    private PlanScreen screen;
    private Parts parts;

    /** The panels, made once the partnership and reader's language are known. */
    private record Parts(VerticalLayout goals, OutcomesPanel outcomes, ActivitiesPanel activities,
            TimelinePanel timeline, BudgetPanel budget, RisksPanel risks, ReviewPanel reviews,
            CommentsPanel comments) {
    }

    public PlanView(Plans plans, PlanEdits edits, Partnerships partnerships, PlanComments comments,
            SteeringReviews reviews, ReviewPack pack, PlanPresence presence, PlanUpdates updates, TenantDirectory tenants,
            CurrentStaff currentStaff) {
        this.plans = plans;
        this.edits = edits;
        this.partnerships = partnerships;
        this.comments = comments;
        this.reviews = reviews;
        this.pack = pack;
        this.presence = presence;
        this.updates = updates;
        this.tenants = tenants;
        this.staff = currentStaff.require();
        setId("plan-view");
        stayLive();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("partnership").orElse("");
        Partnership partnership = partnerships.find(id).orElse(null);
        Plan plan = null;
        try {
            plan = partnership == null ? null : plans.plan(staff, id).orElse(null);
        } catch (PlanEditException notMember) {
            // A member tenant's staff who is not a member of the partnership sees no more than a stranger.
        }
        if (plan == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        SupportedLanguage language = SupportedLanguage.match(getLocale());
        var tenant = tenants.require(staff.tenantId());
        screen = new PlanScreen(this, staff, id, language, Formats.of(language.locale(), tenant.zone()),
                plans.participants(staff, id), t -> tenants.find(t).map(x -> x.name(language.locale())).orElse(t),
                this::reload, edits.mayEdit(staff, id));
        title = getTranslation("plans.page.title", java.util.Map.of("partnership", name(partnership)));
        build(partnership, plan);
    }

    /** "Joint plan – Västerås–Jinan: medborgardialog": screen readers and tabs tell plans apart. */
    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("plans.list.title") : title;
    }

    /** Subscribed on attach (after beforeEnter has chosen the partnership), removed on detach. */
    private void stayLive() {
        PlanPresence.Viewer me = new PlanPresence.Viewer(staff.tenantId(), staff.username());
        PlanLive.whileAttached(this, staff.tenantId(), List.of(
                refresh -> updates.subscribe(screen.partnershipId(), refresh),
                refresh -> presence.onChange(screen.partnershipId(), refresh),
                refresh -> presence.join(screen.partnershipId(), me),
                refresh -> comments.onMention(staff.tenantId(), staff.username(), refresh)),
                List.of(this::reload, this::showViewers, () -> { }, this::mentioned));
    }

    private void build(Partnership partnership, Plan plan) {
        removeAll();
        H2 title = DataText.mark(new H2(name(partnership)));
        title.setId("plan-title");
        viewers.setId("plan-viewers");
        viewers.setMaxItemsVisible(6);
        HorizontalLayout header = new HorizontalLayout(title, viewers);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.setFlexGrow(1, title);
        CommentsPanel thread = new CommentsPanel(screen, comments);
        parts = new Parts(new VerticalLayout(), new OutcomesPanel(screen, plans, edits),
                new ActivitiesPanel(screen, plans, thread), new TimelinePanel(), new BudgetPanel(screen, edits),
                new RisksPanel(screen, edits), new ReviewPanel(screen, reviews, pack, () -> name(partnership)), thread);
        parts.goals().setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("plan-tabs");
        tabs.setWidthFull();
        tabs.add(screen.t("plans.tab.plan"), new VerticalLayout(parts.goals(), parts.outcomes()));
        tabs.add(screen.t("plans.tab.activities"), parts.activities());
        tabs.add(screen.t("plans.tab.timeline"), parts.timeline());
        tabs.add(screen.t("plans.tab.budget"), parts.budget());
        tabs.add(screen.t("plans.tab.risks"), parts.risks());
        tabs.add(screen.t("plans.tab.reviews"), parts.reviews());
        add(header, tabs, thread);
        show(plan);
        showViewers();
    }

    private void reload() {
        plans.plan(staff, screen.partnershipId()).ifPresent(this::show);
    }

    private void show(Plan plan) {
        parts.goals().removeAll();
        parts.goals().add(new H4(screen.t("plans.overall-goal")), goal(plan, plan.overallGoal(),
                TranslatableText.OVERALL_GOAL), new H4(screen.t("plans.project-goal")),
                goal(plan, plan.projectGoal(), TranslatableText.PROJECT_GOAL),
                screen.editButton("plans.goals.edit", "edit-goals", () -> goalsDialog(plan)));
        parts.outcomes().show(plan);
        parts.activities().show(plan);
        parts.timeline().show(screen, plan);
        parts.budget().show(plan);
        parts.risks().show(plan);
        parts.reviews().show(plan);
        parts.comments().refresh();
    }

    private void goalsDialog(Plan plan) {
        new TextsDialog(screen, "goals", screen.t("plans.goals.edit"), List.of(
                new LanguageVersionField(screen, "plans.overall-goal", "overall-goal", plan.overallGoal()),
                new LanguageVersionField(screen, "plans.project-goal", "project-goal", plan.projectGoal())),
                goals -> edits.saveGoals(staff, screen.partnershipId(), plan.version(), goals.get(0), goals.get(1)))
                .open();
    }

    private TextWithTranslation goal(Plan plan, org.citydialogue.plans.LocalizedText text, TranslatableText field) {
        return new TextWithTranslation(screen, text, () -> new TranslateDialog(screen, text, translation ->
                screen.attempt(() -> plans.translate(staff, screen.partnershipId(), field, 0, plan.version(),
                        screen.language(), translation))).open());
    }

    private void showViewers() {
        var names = screen.participants();
        viewers.setItems(presence.viewers(screen.partnershipId()).stream()
                .map(v -> names.stream().filter(p -> p.tenantId().equals(v.tenantId())
                        && p.subject().equals(v.subject())).findFirst()
                        .map(p -> avatar(p))
                        .orElseGet(() -> new AvatarGroup.AvatarGroupItem(v.subject())))
                .sorted(java.util.Comparator.comparing(AvatarGroup.AvatarGroupItem::getName)).toList());
    }

    /** Named with city for the tooltip; initials from the name alone ("AL", "李"). */
    private AvatarGroup.AvatarGroupItem avatar(org.citydialogue.plans.Participant participant) {
        var item = new AvatarGroup.AvatarGroupItem(screen.person(participant));
        String[] words = participant.name().split("\\s+");
        item.setAbbreviation(words.length > 1 ? words[0].substring(0, 1) + words[words.length - 1].substring(0, 1)
                : participant.name().substring(0, 1));
        return item;
    }

    private void mentioned() {
        comments.unread(staff).stream().findFirst().ifPresent(m -> {
            Notification note = Notification.show(screen.t("plans.mention.notice", Map.of("name", m.by(),
                    "text", m.excerpt())), 8000, Notification.Position.TOP_END);
            note.setId("mention-notice");
            comments.markRead(staff, m.commentId());
        });
    }

    private String name(Partnership partnership) {
        Map<String, String> names = partnership.names();
        return names.getOrDefault(screen.language().tag(), names.getOrDefault("en", partnership.id()));
    }
}
