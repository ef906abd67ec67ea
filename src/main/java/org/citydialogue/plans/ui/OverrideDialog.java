package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.citydialogue.plans.OutcomeStatus;
import org.citydialogue.plans.SteeringReview;
import org.citydialogue.plans.SteeringReviews;

/** Sets an outcome's status at a review by hand; a reason is required. */
class OverrideDialog extends Dialog {

    OverrideDialog(PlanScreen screen, SteeringReviews reviews, SteeringReview review,
            SteeringReview.OutcomeReview outcome) {
        setId("override-dialog");
        setHeaderTitle(screen.show(outcome.outcome().title()));
        ComboBox<OutcomeStatus> status = new ComboBox<>(screen.t("plans.review.status"), OutcomeStatus.values());
        status.setId("override-status");
        status.setItemLabelGenerator(s -> screen.t(s.nameKey()));
        status.setValue(outcome.status());
        TextArea reason = new TextArea(screen.t("plans.review.reason"));
        reason.setId("override-reason");
        reason.setWidthFull();
        add(status, reason);
        Button save = new Button(screen.t("plans.save"), click -> screen.attempt(() -> reviews.override(
                screen.staff(), screen.partnershipId(), review.id(), review.version(), outcome.outcome().id(),
                status.getValue(), reason.getValue()), this));
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(screen.t("plans.cancel"), click -> close()), save);
    }
}
