package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/**
 * A dialog that edits one item of the plan: Cancel and Save, where Save runs the write through
 * {@link PlanScreen#attempt(Runnable, Dialog)} (closed when saved or out of date, kept open with a
 * message on any other refusal so nothing typed is lost).
 */
abstract class EditDialog extends Dialog {

    protected final PlanScreen screen;

    EditDialog(PlanScreen screen, String id, String header) {
        this.screen = screen;
        setId(id);
        setHeaderTitle(header);
    }

    /** Save, once {@code complete} says the form can be sent (it marks what is missing itself). */
    protected void saveWith(String saveId, BooleanSupplier complete, Runnable write) {
        Button ok = new Button(screen.t("plans.save"), click -> {
            if (complete.getAsBoolean()) {
                screen.attempt(write, this);
            }
        });
        ok.setId(saveId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(screen.t("plans.cancel"), click -> close()), ok);
    }

    protected void saveWith(String saveId, Runnable write) {
        saveWith(saveId, () -> true, write);
    }
}
