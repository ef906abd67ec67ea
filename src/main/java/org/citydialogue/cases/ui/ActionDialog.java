package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Lifecycle;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.i18n.Collation;
import org.citydialogue.tenancy.Department;

/**
 * Asks for what a step needs before it is taken: the department (preset from the category's usual
 * one) and a note, required as a reason for some steps. A refused input is shown on its field and
 * everything typed stays.
 */
final class ActionDialog extends Dialog {

    /** Takes the step; returns whether the dialog is done, throws {@link CaseInputException} to stay open. */
    interface Step {
        boolean take(Lifecycle.Action action, String department, String note);
    }

    private final Lifecycle.Action action;
    private final Step step;
    private final CaseTexts texts;
    private final ComboBox<String> department = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final Paragraph problem = new Paragraph();

    ActionDialog(CaseTexts texts, Lifecycle.Action action, ResidentCase shown, Step step) {
        this.texts = texts;
        this.action = action;
        this.step = step;
        setId("action-dialog");
        setHeaderTitle(texts.getTranslation("case.action.title", Map.of("action", texts.action(action))));
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (action.needsDepartment()) {
            department.setId("action-department");
            department.setLabel(texts.getTranslation("case.action.department"));
            department.setRequiredIndicatorVisible(true);
            department.setItemLabelGenerator(texts::department);
            department.setItems(Collation.sorted(
                    texts.tenant().departments().stream().map(Department::code).toList(), texts::department,
                    texts.locale()));
            department.setValue(texts.settings().category(shown.category())
                    .map(CaseSettings.Category::department).orElse(shown.department()));
            department.setManualValidation(true);
            department.setWidthFull();
            content.add(department);
        }
        note.setId("action-note");
        note.setLabel(action.needsReason() ? texts.getTranslation("case.action.reason")
                : texts.getTranslation("case.action.note"));
        note.setRequiredIndicatorVisible(action.needsReason());
        note.setMaxLength(4000);
        note.setManualValidation(true);
        note.setWidthFull();
        problem.setId("action-problem");
        problem.addClassName("case-problem");
        problem.setVisible(false);
        content.add(note, problem);
        add(content);

        Button submit = new Button(texts.getTranslation("case.action.submit"), click -> submit());
        submit.setId("action-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Committing the field being typed in first: else Ctrl+Enter would take the step without the note.
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        Button cancel = new Button(texts.getTranslation("case.action.cancel"), click -> close());
        cancel.setId("action-cancel");
        getFooter().add(cancel, submit);
        setWidth("32rem");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                (action.needsDepartment() ? department : note).focus();
            }
        });
    }

    private void submit() {
        department.setInvalid(false);
        note.setInvalid(false);
        problem.setVisible(false);
        try {
            if (step.take(action, action.needsDepartment() ? department.getValue() : null, note.getValue())) {
                close();
            }
        } catch (CaseInputException refused) {
            String message = texts.getTranslation(refused.messageKey());
            switch (refused.field()) {
                case "department" -> {
                    department.setErrorMessage(message);
                    department.setInvalid(true);
                    department.focus();
                }
                case "note" -> {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                    note.focus();
                }
                default -> {
                    problem.setText(message);
                    problem.setVisible(true);
                }
            }
        }
    }
}
