package org.citydialogue.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Reads, on the server, whom a browser's HTTP session is signed in as. */
final class AppSessions {

    private AppSessions() {
    }

    /** The staff member the app's session (found by the browser's session cookie) is signed in as. */
    static Optional<StaffUser> signedIn(ApplicationContext context, Browser browser) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        var webapp = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
        return browser.sessionId().flatMap(id -> {
            try {
                return Optional.ofNullable(webapp.getManager().findSession(id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(session -> session.getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .map(security -> ((SecurityContext) security).getAuthentication())
                .filter(Objects::nonNull)
                .map(Authentication::getPrincipal)
                .filter(StaffUser.class::isInstance).map(StaffUser.class::cast);
    }
}
