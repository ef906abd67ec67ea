package org.citydialogue.i18n.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.citydialogue.i18n.SupportedLanguage;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code <html lang>} the language the page is shown in, on every view including those
 * outside the app layout (sign-in pages, errors): screen readers pick their voice by it and
 * browsers the Chinese glyphs (WCAG 3.1.1). Set after each navigation, and by whoever changes the
 * language on an open page.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> follow(ui));
        });
    }

    /** Sets the page's language to the UI's. */
    public static void follow(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", SupportedLanguage.match(ui.getLocale()).tag());
    }
}
