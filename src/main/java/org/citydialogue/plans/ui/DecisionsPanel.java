package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Participant;
import org.citydialogue.plans.SteeringReview;
import org.citydialogue.plans.SteeringReviews;

/** A review's decisions (what, who, by when) and a row to add one while the review is open. */
class DecisionsPanel extends VerticalLayout {

    DecisionsPanel(PlanScreen screen, SteeringReviews reviews, SteeringReview review) {
        setPadding(false);
        Grid<SteeringReview.Decision> grid = new Grid<>();
        grid.setId("review-decisions");
        grid.addColumn(d -> screen.show(d.what())).setHeader(screen.t("plans.decision.what")).setFlexGrow(3);
        grid.addColumn(d -> screen.person(d.owner())).setHeader(screen.t("plans.owner")).setFlexGrow(2);
        grid.addColumn(d -> screen.formats().date(d.dueOn())).setHeader(screen.t("plans.decision.due"));
        grid.setItems(review.decisions());
        grid.setAllRowsVisible(true);
        add(new H4(screen.t("plans.review.decisions")), grid);
        if (review.signedOff()) {
            return;
        }
        TextField what = new TextField(screen.t("plans.decision.what"));
        what.setId("decision-what");
        ComboBox<Participant> owner = new ComboBox<>(screen.t("plans.owner"), screen.participants());
        owner.setId("decision-owner");
        owner.setItemLabelGenerator(screen::person);
        DatePicker due = new DatePicker(screen.t("plans.decision.due"));
        due.setId("decision-due");
        Button add = new Button(screen.t("plans.decision.add"), click -> {
            if (owner.getValue() != null && due.getValue() != null) {
                screen.attempt(() -> reviews.addDecision(screen.staff(), screen.partnershipId(), review.id(),
                        review.version(), LocalizedText.of(screen.language(), what.getValue()),
                        owner.getValue().tenantId(), owner.getValue().subject(), due.getValue()));
            }
        });
        add.setId("decision-add");
        HorizontalLayout row = new HorizontalLayout(what, owner, due, add);
        row.setAlignItems(Alignment.BASELINE);
        add(row);
    }
}
