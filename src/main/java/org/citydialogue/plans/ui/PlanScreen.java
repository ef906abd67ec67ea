package org.citydialogue.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Function;
import org.citydialogue.i18n.Formats;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.plans.LocalizedText;
import org.citydialogue.plans.Participant;
import org.citydialogue.plans.PlanEditException;
import org.jspecify.annotations.Nullable;

/**
 * What every panel of the plan workspace needs: who is looking, at which partnership, in which
 * language and time zone, and a way to say that an edit was refused.
 */
record PlanScreen(Component view, StaffUser staff, String partnershipId, SupportedLanguage language, Formats formats,
        List<Participant> participants, Function<String, String> cityName, Runnable reload, boolean mayEdit) {

    String t(String key, Object... arguments) {
        return view.getTranslation(key, arguments);
    }

    /** Runs an edit; a refusal is shown in the reader's language and the plan is shown as it is now. */
    boolean attempt(Runnable edit) {
        try {
            edit.run();
            return true;
        } catch (PlanEditException refused) {
            Notification note = Notification.show(t(refused.messageKey()), 6000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("plan-error");
            reload.run();
            return false;
        }
    }

    /**
     * Runs the edit of a dialog: closes it when saved, and also when someone else saved first (what
     * it shows is out of date); keeps it open on other refusals so nothing typed is lost.
     */
    void attempt(Runnable edit, Dialog dialog) {
        try {
            edit.run();
            dialog.close();
        } catch (PlanEditException refused) {
            if (refused.messageKey().equals(PlanEditException.concurrent().messageKey())) {
                dialog.close();
            }
            attempt(() -> {
                throw refused;
            });
        }
    }

    /** A button that opens an editor; shown only to those who may edit (observers read only). */
    Button editButton(String labelKey, String className, Runnable open) {
        Button edit = new Button(t(labelKey), click -> open.run());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.addClassName(className);
        edit.setVisible(mayEdit);
        return edit;
    }

    /** The reader as a member of the partnership, the first choice of owner for what they add. */
    @Nullable Participant self() {
        return participants.stream().filter(p -> p.tenantId().equals(staff.tenantId())
                && p.subject().equals(staff.username())).findFirst().orElse(null);
    }

    /** The reader's version of a text, or another with "(not yet translated)". */
    String show(LocalizedText text) {
        LocalizedText.Shown shown = text.forReader(language);
        return shown.translated() || shown.text().isEmpty() ? shown.text()
                : shown.text() + " (" + t("plans.not-translated") + ")";
    }

    /** "Anna Lindqvist (Västerås)": owners come from either city. */
    String person(Participant participant) {
        return participant.name() + " (" + cityName.apply(participant.tenantId()) + ")";
    }
}
