package org.citydialogue.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citydialogue.cases.CaseInputException;
import org.citydialogue.cases.CaseSettings;
import org.citydialogue.cases.Choice;
import org.citydialogue.cases.NewCase;
import org.citydialogue.i18n.Collation;

/**
 * The fields of a phone intake in the order an agent asks: what kind of matter, which area, how
 * it came in, what it is about and where; then who the resident is, if they want to say. Each field
 * is named as the case module names it, so a refusal lands on the right one.
 */
final class IntakeForm extends FormLayout {

    static final int MAX_DESCRIPTION = 4000;

    private final CaseTexts texts;
    final ComboBox<String> kind = new ComboBox<>();
    final ComboBox<String> category = new ComboBox<>();
    final ComboBox<String> channel = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextField location = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    private final H3 contact = new H3();
    /** By the case module's field names, in tab order. */
    private final Map<String, Component> fields = new LinkedHashMap<>();

    IntakeForm(CaseTexts texts) {
        this.texts = texts;
        CaseSettings settings = texts.settings();
        kind.setItems(settings.kinds().stream().map(Choice::code).toList());
        kind.setItemLabelGenerator(texts::kind);
        category.setItems(Collation.sorted(settings.categories().stream().map(CaseSettings.Category::code).toList(),
                texts::category, texts.locale()));
        category.setItemLabelGenerator(texts::category);
        channel.setItems(settings.channels());
        channel.setItemLabelGenerator(texts::channel);
        // The tenant's first channel is how most contacts come in: phone in Västerås, the hotline in Jinan.
        channel.setValue(settings.channels().getFirst());
        language.setItems(List.of("sv", "en", "zh-Hans", "other"));
        language.setItemLabelGenerator(texts::language);
        description.setMaxLength(MAX_DESCRIPTION);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> count());
        description.setMinHeight("8em");

        fields.put("kind", kind);
        fields.put("category", category);
        fields.put("channel", channel);
        fields.put("description", description);
        fields.put("location", location);
        fields.put("residentLanguage", language);
        fields.put("residentName", name);
        fields.put("residentPhone", phone);
        fields.put("residentEmail", email);
        fields.forEach((field, component) -> {
            component.setId("intake-" + field);
            ((HasValidation) component).setManualValidation(true);
        });
        contact.addClassName("intake-contact");
        kind.setRequiredIndicatorVisible(true);
        category.setRequiredIndicatorVisible(true);
        channel.setRequiredIndicatorVisible(true);
        description.setRequiredIndicatorVisible(true);

        add(kind, category, channel, description, location, contact, language, name, phone, email);
        setColspan(description, 2);
        setColspan(location, 2);
        setColspan(contact, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        label();
    }

    /** Labels in the reader's language; what was typed stays. */
    void label() {
        kind.setLabel(texts.getTranslation("case.intake.kind"));
        category.setLabel(texts.getTranslation("case.intake.category"));
        channel.setLabel(texts.getTranslation("case.intake.channel"));
        description.setLabel(texts.getTranslation("case.intake.description"));
        location.setLabel(texts.getTranslation("case.intake.location"));
        contact.setText(texts.getTranslation("case.intake.contact"));
        language.setLabel(texts.getTranslation("case.intake.language"));
        name.setLabel(texts.getTranslation("case.intake.name"));
        phone.setLabel(texts.getTranslation("case.intake.phone"));
        email.setLabel(texts.getTranslation("case.intake.email"));
        List.of(kind, category, channel, language).forEach(box -> box.getDataProvider().refreshAll());
        count();
    }

    private void count() {
        description.setHelperText(texts.getTranslation("case.intake.description.count",
                Map.of("count", description.getValue().length(), "max", MAX_DESCRIPTION)));
    }

    NewCase value() {
        return new NewCase(kind.getValue(), channel.getValue(), category.getValue(), description.getValue(),
                location.getValue(), name.getValue(), email.getValue(), phone.getValue(), language.getValue());
    }

    void clearErrors() {
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    /** Shows the refusal on its field, in the reader's language, and puts the cursor there. */
    void show(CaseInputException refused) {
        Component field = fields.getOrDefault(refused.field(), description);
        ((HasValidation) field).setErrorMessage(texts.getTranslation(refused.messageKey()));
        ((HasValidation) field).setInvalid(true);
        ((Focusable<?>) field).focus();
    }

    void focusFirst() {
        kind.focus();
    }
}
