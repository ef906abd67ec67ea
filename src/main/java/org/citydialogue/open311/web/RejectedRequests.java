package org.citydialogue.open311.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citydialogue.open311.Open311Exception;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses before any filter chain runs (a path with {@code ;},
 * {@code //}, an encoded slash or a control character): under /open311 in the spec's error format
 * like every other refusal of the API, elsewhere a bare 400 as before.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path == null || !path.startsWith("/open311/")) {
            elsewhere.handle(request, response, rejected);
            return;
        }
        Answers.write(response, path, 400, Open311Exception.errors(400,
                "The request's path, a header or a parameter contains characters that are not allowed"));
    }
}
