package org.citydialogue.identity;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.citydialogue.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in staff member's tenant to the thread for each request, and for Vaadin's push
 * messages, which bypass servlet filters. The tenant is read from the authentication only.
 */
@Component
class TenantBinding implements VaadinServiceInitListener {

    private static final String BINDING = TenantBinding.class.getName();

    static String tenantOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffUser staff
                ? staff.tenantId() : null;
    }

    private static String currentTenant() {
        return tenantOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The servlet filter for every request of the app's own filter chain. */
    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try (var binding = TenantContext.bind(currentTenant())) {
                chain.doFilter(request, response);
            }
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                request.setAttribute(BINDING, TenantContext.bind(currentTenant()));
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
                // Nothing to add: the binding is released in requestEnd either way.
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (request.getAttribute(BINDING) instanceof TenantContext.Binding binding) {
                    binding.close();
                    request.removeAttribute(BINDING);
                }
            }
        });
    }
}
