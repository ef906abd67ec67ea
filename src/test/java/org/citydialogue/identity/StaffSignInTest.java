package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which roles a staff member gets from the claims of an identity provider's ID token. */
class StaffSignInTest {

    @Test
    void rolesAreReadFromAFlatClaim() {
        var claims = Map.<String, Object>of("roles", List.of("agent", "supervisor"));

        assertThat(StaffSignIn.roles(claims, "roles")).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
    }

    @Test
    void rolesAreReadFromAKeycloakRealmAccessClaimAndItsOwnRolesAreIgnored() {
        var claims = Map.<String, Object>of(
                "roles", List.of("tenant_admin"), // not the configured claim: must not count
                "realm_access", Map.of("roles",
                        List.of("default-roles-vasteras", "offline_access", "uma_authorization", "case_handler")));

        assertThat(StaffSignIn.roles(claims, "realm_access.roles")).containsExactly(Role.CASE_HANDLER);
    }

    @Test
    void aClaimWithOnlyUnknownRoleNamesGivesNoRole() {
        var claims = Map.<String, Object>of("realm_access",
                Map.of("roles", List.of("default-roles-vasteras", "offline_access", "ROLE_AGENT", "agents")));

        assertThat(StaffSignIn.roles(claims, "realm_access.roles")).isEmpty();
    }

    @Test
    void aSingleRoleGivenAsTextIsRead() {
        assertThat(StaffSignIn.roles(Map.of("roles", "tenant_admin"), "roles")).containsExactly(Role.TENANT_ADMIN);
    }

    @Test
    void aMissingClaimOrAPathThroughANonObjectGivesNoRole() {
        assertThat(StaffSignIn.roles(Map.of("groups", List.of("agent")), "roles")).isEmpty();
        assertThat(StaffSignIn.roles(Map.of("realm_access", "agent"), "realm_access.roles")).isEmpty();
        assertThat(StaffSignIn.roles(Map.of("realm_access", Map.of()), "realm_access.roles")).isEmpty();
    }
}
