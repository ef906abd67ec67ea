package org.citydialogue.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citydialogue.cases.CaseInputException;

/**
 * A small dialog for one step beside the lifecycle (extension, satisfaction, merge): its fields,
 * and the refusal of the service shown on the field it names, or above the buttons; what was typed stays.
 */
abstract class StepDialog extends Dialog {

    protected final CaseTexts texts;
    private final VerticalLayout content = new VerticalLayout();
    private final Paragraph problem = new Paragraph();
    /** The service's field names, e.g. {@code reason}, to the components that show their errors. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    StepDialog(CaseTexts texts, String id, String title) {
        this.texts = texts;
        setId(id);
        setHeaderTitle(title);
        content.setPadding(false);
        problem.setId(id + "-problem");
        problem.addClassName("case-problem");
        problem.setVisible(false);
        add(content);
        Button cancel = new Button(texts.getTranslation("case.action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel);
        setWidth("32rem");
    }

    /** Adds a field whose refusals the service reports under {@code name}. */
    protected <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        component.getElement().getStyle().set("width", "100%");
        content.add(component);
        content.add(problem);
        return component;
    }

    /** Text above the fields, such as what is being decided on. */
    protected void intro(Component component) {
        content.addComponentAsFirst(component);
    }

    /** A button that runs {@code step}, closing the dialog unless the service refuses the input. */
    protected Button submit(String id, String label, Runnable step) {
        Button button = new Button(label, click -> run(step));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(button);
        return button;
    }

    private void run(Runnable step) {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        try {
            step.run();
            close();
        } catch (CaseInputException refused) {
            String message = texts.getTranslation(refused.messageKey());
            HasValidation field = fields.get(refused.field());
            if (field == null) {
                problem.setText(message);
                problem.setVisible(true);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            }
        }
    }
}
