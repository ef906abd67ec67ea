package org.citydialogue.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.citydialogue.i18n.DataText;
import org.citydialogue.plans.LocalizedText;

/** Adds the reader's language version of a text, showing the versions there are to translate from. */
class TranslateDialog extends Dialog {

    TranslateDialog(PlanScreen screen, LocalizedText text, Consumer<String> save) {
        setHeaderTitle(screen.t("plans.translate.title", Map.of("language",
                screen.t(screen.language().nameKey()))));
        text.versions().forEach((tag, version) -> {
            Paragraph original = DataText.mark(new Paragraph(version));
            original.getElement().setAttribute("lang", tag);
            add(original);
        });
        TextArea translation = new TextArea(screen.t("plans.translate.field"));
        translation.setId("translation");
        translation.setWidthFull();
        add(translation);
        Button ok = new Button(screen.t("plans.save"), click -> {
            save.accept(translation.getValue());
            close();
        });
        ok.setId("translation-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(screen.t("plans.cancel"), click -> close()), ok);
    }
}
