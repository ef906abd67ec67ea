package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.plans.Plan;
import org.citydialogue.plans.ReviewPack;
import org.citydialogue.plans.SteeringReview;
import org.citydialogue.plans.SteeringReviews;
import org.citydialogue.tenancy.TenantContext;

/**
 * Steering reviews: pick a period (or open a new one); outcome statuses with overrides, decisions,
 * minutes in the reader's language, sign-off, and the review pack as PDF in each language.
 */
class ReviewPanel extends VerticalLayout {

    private final PlanScreen screen;
    private final SteeringReviews reviews;
    private final ReviewPack pack;
    private final Supplier<String> partnershipName;
    private final ComboBox<SteeringReview> period = new ComboBox<>();
    private final VerticalLayout body = new VerticalLayout();
    private Plan plan;

    ReviewPanel(PlanScreen screen, SteeringReviews reviews, ReviewPack pack, Supplier<String> partnershipName) {
        this.screen = screen;
        this.reviews = reviews;
        this.pack = pack;
        this.partnershipName = partnershipName;
        setPadding(false);
        setId("reviews");
        period.setId("review-period");
        period.setLabel(screen.t("plans.review.period"));
        period.setItemLabelGenerator(r -> screen.formats().date(r.periodFrom()) + " – "
                + screen.formats().date(r.periodTo()));
        period.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                render(change.getValue());
            }
        });
        DatePicker from = new DatePicker(screen.t("plans.review.from"));
        from.setId("review-from");
        DatePicker to = new DatePicker(screen.t("plans.review.to"));
        to.setId("review-to");
        Button open = new Button(screen.t("plans.review.open"), click -> {
            if (from.getValue() != null && to.getValue() != null) {
                screen.attempt(() -> reviews.open(screen.staff(), screen.partnershipId(), from.getValue(),
                        to.getValue()));
            }
        });
        open.setId("review-open");
        HorizontalLayout bar = new HorizontalLayout(period, from, to, open);
        bar.setAlignItems(Alignment.BASELINE);
        body.setPadding(false);
        add(bar, body);
    }

    void show(Plan shown) {
        plan = shown;
        Long selected = period.getValue() == null ? null : period.getValue().id();
        List<SteeringReview> all = reviews.reviews(screen.staff(), screen.partnershipId());
        period.setItems(all);
        SteeringReview current = all.stream().filter(r -> selected == null || r.id() == selected).findFirst()
                .orElse(null);
        period.setValue(current);
        render(current);
    }

    private void render(SteeringReview review) {
        body.removeAll();
        if (review == null) {
            return;
        }
        body.add(new H4(screen.t("plans.outcomes")), outcomes(review));
        body.add(new DecisionsPanel(screen, reviews, review));
        body.add(new H4(screen.t("plans.review.minutes")), minutes(review));
        body.add(new H4(screen.t("plans.review.signoffs")), signOffs(review));
        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setId("review-packs");
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = TenantContext.call(screen.staff().tenantId(), () -> pack.render(partnershipName.get(),
                        plan, review, language, Formats.of(language.locale(), screen.formats().zone())));
                return new DownloadResponse(new ByteArrayInputStream(bytes), "review-" + review.periodFrom() + "-"
                        + language.tag() + ".pdf", "application/pdf", bytes.length);
            }), screen.t("plans.review.pack", Map.of("language", screen.t(language.nameKey()))));
            pdf.setId("review-pack-" + language.tag());
            downloads.add(pdf);
        }
        body.add(downloads);
    }

    private Grid<SteeringReview.OutcomeReview> outcomes(SteeringReview review) {
        Grid<SteeringReview.OutcomeReview> grid = new Grid<>();
        grid.setId("review-outcomes");
        grid.addColumn(o -> screen.show(o.outcome().title())).setHeader(screen.t("plans.outcome")).setFlexGrow(3);
        grid.addColumn(o -> screen.t(o.derived().nameKey())).setHeader(screen.t("plans.review.derived"));
        grid.addColumn(o -> screen.t(o.status().nameKey())).setHeader(screen.t("plans.review.status"));
        grid.addColumn(o -> o.reason() == null ? "" : o.reason() + " — " + o.overriddenBy())
                .setHeader(screen.t("plans.review.reason")).setFlexGrow(3);
        grid.addComponentColumn(o -> {
            Button override = new Button(screen.t("plans.review.override"),
                    click -> new OverrideDialog(screen, reviews, review, o).open());
            override.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            override.setEnabled(!review.signedOff());
            return override;
        }).setAutoWidth(true);
        grid.setItems(review.outcomes());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private VerticalLayout minutes(SteeringReview review) {
        TextArea minutes = new TextArea();
        minutes.setId("review-minutes");
        minutes.setWidthFull();
        minutes.setAriaLabel(screen.t("plans.review.minutes"));
        minutes.setValue(review.minutes().in(screen.language()).orElse(""));
        minutes.setHelperText(review.minutes().in(screen.language()).isEmpty() && !review.minutes().isEmpty()
                ? screen.show(review.minutes()) : null);
        minutes.setReadOnly(review.signedOff());
        Button save = new Button(screen.t("plans.save"), click -> screen.attempt(() -> reviews.writeMinutes(
                screen.staff(), screen.partnershipId(), review.id(), review.version(), screen.language(),
                minutes.getValue())));
        save.setId("review-minutes-save");
        save.setEnabled(!review.signedOff());
        VerticalLayout layout = new VerticalLayout(minutes, save);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout signOffs(SteeringReview review) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("review-signoffs");
        for (SteeringReview.SignOff signOff : review.signOffs()) {
            layout.add(new Paragraph(screen.t("plans.pack.signed", Map.of("name", screen.person(
                    new org.citydialogue.plans.Participant(signOff.tenantId(), signOff.subject(), signOff.name())),
                    "when", screen.formats().dateTime(signOff.signedAt())))));
        }
        Paragraph state = new Paragraph(review.signedOff() ? screen.t("plans.review.closed")
                : screen.t("plans.review.awaiting-cities", Map.of("cities", screen.formats().list(
                        review.awaitingSignOff().stream().map(screen.cityName()).sorted().toList()))));
        state.setId("review-state");
        Button sign = new Button(screen.t("plans.review.sign"), click -> screen.attempt(() -> reviews.signOff(
                screen.staff(), screen.partnershipId(), review.id(), review.version())));
        sign.setId("review-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setVisible(review.signOffs().stream().noneMatch(s -> s.tenantId().equals(screen.staff().tenantId())
                && s.subject().equals(screen.staff().username())));
        layout.add(state, sign);
        return layout;
    }
}
