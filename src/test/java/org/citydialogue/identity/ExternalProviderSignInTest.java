package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.citydialogue.CityDialogueApplication;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff of a city (Västerås) and of an organisation (ICLD) whose files name an external OpenID
 * provider sign in there: a real OIDC provider in this process (mock-oauth2-server), reached over
 * HTTP for discovery, code redemption and keys, exactly as the app would reach Keycloak or Entra ID.
 */
@SpringBootTest(classes = CityDialogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "citydialogue.database.embedded-data-dir=",
            "citydialogue.public-url=http://localhost:${local.server.port}",
            "citydialogue.demo.enabled=true"
        })
class ExternalProviderSignInTest {

    private static final String CLIENT_ID = "citydialogue";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    /**
     * Västerås is pointed at the provider the way an operator would, through the variables its file
     * reads; ICLD's file has no such variables, so the test serves a copy of the tenant files with
     * ICLD's identity section rewritten.
     */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        PROVIDER.start();
        Path tenants = Files.createTempDirectory("tenants");
        for (String file : List.of("vasteras.yaml", "jinan.yaml")) {
            Files.copy(Path.of("tenants", file), tenants.resolve(file));
        }
        String icld = Files.readString(Path.of("tenants", "icld.yaml"));
        assertThat(icld).contains("  issuer: built-in\n");
        Files.writeString(tenants.resolve("icld.yaml"), icld.replace("  issuer: built-in\n",
                "  issuer: " + PROVIDER.issuerUrl("icld") + "\n  client-id: " + CLIENT_ID
                        + "\n  client-secret: icld-secret\n"));
        registry.add("citydialogue.tenants.dir", tenants::toString);
        registry.add("VASTERAS_OIDC_ISSUER", () -> PROVIDER.issuerUrl("vasteras").toString());
        registry.add("VASTERAS_OIDC_CLIENT_ID", () -> CLIENT_ID);
        registry.add("VASTERAS_OIDC_CLIENT_SECRET", () -> "vasteras-secret");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void aVasterasSupervisorSignsInAtTheCitysProviderAndIsBoundToVasteras() {
        issueNextIdToken("vasteras", "ext-sara", Map.of("roles", List.of("supervisor", "offline_access"),
                "preferred_username", "sara.ext", "name", "Sara Extern"));
        var browser = new Browser(base());

        signInAtProvider(browser, "vasteras");

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/");
        assertThat(browser.follow("/").statusCode()).isEqualTo(200);
        StaffUser staff = AppSessions.signedIn(context, browser).orElseThrow();
        assertThat(staff.tenantId()).isEqualTo("vasteras");
        assertThat(staff.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(staff.getAuthorities()).extracting(Object::toString).contains("ROLE_SUPERVISOR");
        assertThat(staff.username()).isEqualTo("sara.ext");
        assertThat(staff.displayName()).isEqualTo("Sara Extern");
        assertThat(staff.getIdToken().getIssuer().toString()).isEqualTo(PROVIDER.issuerUrl("vasteras").toString());
        assertThat(profile("vasteras", "ext-sara")).containsEntry("username", "sara.ext")
                .containsEntry("display_name", "Sara Extern").containsEntry("roles", "{supervisor}");
    }

    @Test
    void aTokenWithoutAKnownRoleIsRefused() {
        issueNextIdToken("vasteras", "ext-nobody", Map.of(
                "roles", List.of("default-roles-vasteras", "offline_access"), "preferred_username", "nobody"));
        var browser = new Browser(base());

        signInAtProvider(browser, "vasteras");

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/signin?error");
        assertThat(AppSessions.signedIn(context, browser)).isEmpty();
        assertThat(TenantContext.call("vasteras", () -> jdbc.sql(
                "select count(*) from staff_profile where subject = 'ext-nobody'").query(Integer.class).single()))
                .isZero();
        browser.get("/");
        assertThat(Browser.pathAndQuery(browser.redirect())).startsWith("/signin");
    }

    @Test
    void icldStaffOnlyEverTakePartInPartnershipsWhateverTheirProviderSays() {
        issueNextIdToken("icld", "ext-ingrid", Map.of("roles", List.of("tenant_admin", "supervisor", "agent"),
                "preferred_username", "ingrid.ext", "name", "Ingrid Extern"));
        var browser = new Browser(base());

        signInAtProvider(browser, "icld");

        assertThat(browser.follow("/").statusCode()).isEqualTo(200);
        StaffUser staff = AppSessions.signedIn(context, browser).orElseThrow();
        assertThat(staff.tenantId()).isEqualTo("icld");
        assertThat(staff.roles()).containsExactly(Role.PARTNERSHIP_MEMBER);
        assertThat(staff.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTNERSHIP_MEMBER");
        assertThat(profile("icld", "ext-ingrid")).containsEntry("roles", "{partnership_member}");
    }

    @Test
    void icldStaffWithoutAnyRoleStillTakePartInPartnerships() {
        issueNextIdToken("icld", "ext-olle", Map.of("preferred_username", "olle.ext"));
        var browser = new Browser(base());

        signInAtProvider(browser, "icld");

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/");
        assertThat(AppSessions.signedIn(context, browser).orElseThrow().roles())
                .containsExactly(Role.PARTNERSHIP_MEMBER);
    }

    @Test
    void aTenantOnAnExternalProviderHasNoBuiltInIssuer() {
        var browser = new Browser(base());

        assertThat(browser.get("/auth/vasteras/.well-known/openid-configuration").statusCode()).isEqualTo(404);
        assertThat(browser.get("/auth/vasteras/login").statusCode()).isEqualTo(404);
        // Jinan still signs in with the built-in provider.
        assertThat(browser.get("/auth/jinan/.well-known/openid-configuration").statusCode()).isEqualTo(200);
    }

    /** Goes from the app to the provider and back with a code; leaves the app's answer to it as the last response. */
    private void signInAtProvider(Browser browser, String tenant) {
        browser.get("/oauth2/authorization/" + tenant);
        URI authorize = browser.redirect();
        assertThat(authorize.toString()).startsWith(PROVIDER.authorizationEndpointUrl(tenant).toString());
        assertThat(Browser.query(authorize)).containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", base() + "/login/oauth2/code/" + tenant).containsKey("nonce");
        // No login form configured: the provider answers at once with a code for the app.
        browser.get(authorize.toString());
        URI callback = browser.redirect();
        assertThat(callback.toString()).startsWith(base() + "/login/oauth2/code/" + tenant + "?");
        assertThat(Browser.query(callback)).containsKey("code")
                .containsEntry("state", Browser.query(authorize).get("state"));
        browser.get(callback.toString());
    }

    private static void issueNextIdToken(String issuerId, String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, JOSEObjectType.JWT.getType(),
                List.of(CLIENT_ID), claims, 3600));
    }

    private Map<String, Object> profile(String tenant, String subject) {
        return TenantContext.call(tenant, () -> jdbc.sql(
                "select username, display_name, roles::text as roles from staff_profile where subject = ?")
                .param(subject).query().singleRow());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
