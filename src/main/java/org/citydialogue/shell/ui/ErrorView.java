package org.citydialogue.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What staff see when something fails while opening a page: a plain message in their language
 * and a reference to quote to support, never a stack trace. The details go to the log. While the
 * database cannot be reached, the page says the app is reconnecting and offers to try again.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseReconnecting.causedBy(parameter.getCaughtException())) {
            log.warn("Database unreachable while opening {}: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            H2 title = new H2(getTranslation("error.reconnecting.title"));
            title.setId("reconnecting");
            add(title, new Paragraph(getTranslation("error.reconnecting.text")),
                    new Anchor(event.getLocation().getPath(), getTranslation("error.reconnecting.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        add(new H2(getTranslation("error.generic")),
                new Paragraph(getTranslation("error.reference", Map.of("reference", reference))),
                new Anchor("", getTranslation("error.back.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
