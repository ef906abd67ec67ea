package org.citydialogue.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click or an edit fails because the database cannot be reached, staff see a notice that
 * the app is reconnecting, in their language, and the screen stays as it was (what they typed is
 * still there to send again). Any other failure goes to Vaadin's own handler.
 */
@Component
class ReconnectingNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ReconnectingNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ErrorHandler otherwise = new DefaultErrorHandler();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (DatabaseReconnecting.causedBy(error.getThrowable()) && UI.getCurrent() != null) {
                show(UI.getCurrent(), error);
            } else {
                otherwise.error(error);
            }
        }));
    }

    private static void show(UI ui, ErrorEvent error) {
        log.warn("Database unreachable during a UI request: {}", error.getThrowable().toString());
        Notification notice = new Notification(ui.getTranslation("error.reconnecting.title") + " "
                + ui.getTranslation("error.reconnecting.text"), 8_000, Notification.Position.MIDDLE);
        notice.setId("reconnecting-notice");
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.open();
    }
}
