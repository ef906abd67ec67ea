package org.citydialogue.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.citydialogue.i18n.SupportedLanguage;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.partnership.Partnership;
import org.citydialogue.partnership.PartnershipAccessDenied;
import org.citydialogue.partnership.Partnerships;
import org.citydialogue.tenancy.Tenant;
import org.citydialogue.tenancy.TenantDirectory;
import org.springframework.dao.DuplicateKeyException;

/** An organisation (ICLD) starts a partnership: a short id, its name in each language, the cities. */
class NewPartnershipForm extends VerticalLayout {

    /** The shared store's own rule for ids, checked here first to say what is wrong. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final TextField id = new TextField();
    private final Map<SupportedLanguage, TextField> names = new LinkedHashMap<>();
    private final MultiSelectComboBox<Tenant> cities = new MultiSelectComboBox<>();

    NewPartnershipForm(Partnerships partnerships, TenantDirectory tenants, StaffUser staff,
            Consumer<Partnership> created) {
        setPadding(false);
        setId("new-partnership");
        id.setLabel(getTranslation("partnership.new.id"));
        id.setHelperText(getTranslation("partnership.new.id.help"));
        id.setId("new-partnership-id");
        var form = new FormLayout(id);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            var name = new TextField(getTranslation("partnership.new.name",
                    Map.of("language", getTranslation(language.nameKey()))));
            name.setId("new-partnership-name-" + language.tag());
            names.put(language, name);
            form.add(name);
        }
        cities.setLabel(getTranslation("partnership.new.cities"));
        cities.setItems(tenants.all().stream().filter(Tenant::isCity).toList());
        cities.setItemLabelGenerator(t -> t.name(getLocale()));
        cities.setId("new-partnership-cities");
        form.add(cities);
        var create = new Button(getTranslation("partnership.new.create"), click -> {
            if (valid()) {
                try {
                    Map<String, String> texts = new LinkedHashMap<>();
                    names.forEach((language, field) -> {
                        if (!field.getValue().isBlank()) {
                            texts.put(language.tag(), field.getValue().strip());
                        }
                    });
                    var memberTenants = new java.util.ArrayList<>(cities.getValue().stream().map(Tenant::id).toList());
                    memberTenants.add(staff.tenantId());
                    created.accept(partnerships.create(id.getValue(), texts, staff.username(), memberTenants));
                } catch (DuplicateKeyException taken) {
                    refuse(id, "partnership.error.id.taken");
                } catch (PartnershipAccessDenied refused) {
                    refuse(id, "partnership.error.denied");
                }
            }
        });
        create.setId("new-partnership-create");
        add(new H3(getTranslation("partnership.new.title")), form, create);
    }

    private boolean valid() {
        boolean valid = true;
        if (!ID.matcher(id.getValue()).matches()) {
            valid = refuse(id, "partnership.error.id");
        }
        TextField english = names.get(SupportedLanguage.EN);
        if (english.getValue().isBlank()) {
            valid = refuse(english, "partnership.error.name.required");
        }
        if (cities.getValue().isEmpty()) {
            cities.setInvalid(true);
            cities.setErrorMessage(getTranslation("partnership.error.cities.required"));
            valid = false;
        }
        return valid;
    }

    private boolean refuse(TextField field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key));
        return false;
    }
}
