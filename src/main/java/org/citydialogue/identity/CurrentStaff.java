package org.citydialogue.identity;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services. */
@Component
public class CurrentStaff {

    private final AuthenticationContext authentication;

    CurrentStaff(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<StaffUser> get() {
        return authentication.getAuthenticatedUser(StaffUser.class);
    }

    public StaffUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No staff member is signed in"));
    }

    public void signOut() {
        authentication.logout();
    }
}
