package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citydialogue.AppTest;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff of the cities that use the app's own authorization server sign in over real HTTP, hop by
 * hop: the app sends them to their city's issuer, the issuer checks the password against that
 * city's store only, and the app binds the session to the city whose issuer signed the ID token.
 */
@AppTest
class BuiltInSignInTest {

    private static final String VERIFIER = "a-code-verifier-of-this-test-0123456789-abcdefghijklmnop";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BuiltInClients clients;
    @Autowired
    ApplicationContext context;

    @Test
    void aVasterasAgentSignsInAndLandsOnTheStartPageBoundToVasteras() {
        Instant before = Instant.now().minusSeconds(1);
        int auditsBefore = signIns("vasteras", "anna.agent");
        var browser = new Browser(base());

        // The sign-in page's link for Västerås sends the browser to Västerås's own issuer.
        browser.get("/oauth2/authorization/vasteras");
        URI authorize = browser.redirect();
        assertThat(authorize.toString()).startsWith(issuer("vasteras") + "/oauth2/authorize?");
        assertThat(Browser.query(authorize)).containsEntry("client_id", "citydialogue-vasteras")
                .containsEntry("redirect_uri", base() + "/login/oauth2/code/vasteras")
                .containsEntry("response_type", "code").containsKey("state").containsKey("nonce");

        // Not signed in at the issuer yet: its login page, which the app serves.
        browser.get(authorize.toString());
        assertThat(browser.follow("/auth/vasteras/login").statusCode()).isEqualTo(200);

        // The password is checked; the issuer resumes the authorization request...
        browser.post("/auth/vasteras/login", Map.of("username", "anna.agent", "password", DemoStaff.PASSWORD));
        assertThat(browser.redirect()).isEqualTo(resumed(authorize));
        // ...and hands the app a code for Västerås's registration, with the app's own state.
        browser.get(authorize.toString());
        URI callback = browser.redirect();
        assertThat(Browser.pathAndQuery(callback)).startsWith("/login/oauth2/code/vasteras?");
        assertThat(Browser.query(callback)).containsKey("code")
                .containsEntry("state", Browser.query(authorize).get("state"));

        // The app redeems the code, verifies the ID token and signs the agent in.
        browser.get(callback.toString());
        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/");
        assertThat(browser.follow("/").statusCode()).isEqualTo(200);

        StaffUser staff = signedIn(browser).orElseThrow();
        assertThat(staff.tenantId()).isEqualTo("vasteras");
        assertThat(staff.roles()).containsExactly(Role.AGENT);
        assertThat(staff.username()).isEqualTo("anna.agent");
        assertThat(staff.displayName()).isEqualTo("Anna Lindqvist");
        assertThat(staff.getIdToken().getIssuer().toString()).isEqualTo(issuer("vasteras"));

        // Written to Västerås's store, and only there.
        Map<String, Object> profile = TenantContext.call("vasteras", () -> jdbc.sql(
                "select username, display_name, roles::text as roles, last_sign_in from staff_profile where subject = ?")
                .param("anna.agent").query().singleRow());
        assertThat(profile).containsEntry("username", "anna.agent").containsEntry("display_name", "Anna Lindqvist")
                .containsEntry("roles", "{agent}");
        assertThat(((java.sql.Timestamp) profile.get("last_sign_in")).toInstant()).isAfter(before);
        assertThat(signIns("vasteras", "anna.agent")).isEqualTo(auditsBefore + 1);
        assertThat(TenantContext.call("jinan", () -> jdbc.sql("select count(*) from staff_profile where subject = ?")
                .param("anna.agent").query(Integer.class).single())).isZero();
    }

    @Test
    void aJinanAgentSignsInAtJinansIssuerAndIsBoundToJinan() {
        var browser = new Browser(base());

        signIn(browser, "jinan", "li.agent", DemoStaff.PASSWORD);

        StaffUser staff = signedIn(browser).orElseThrow();
        assertThat(staff.tenantId()).isEqualTo("jinan");
        assertThat(staff.displayName()).isEqualTo("李娜");
        assertThat(staff.getIdToken().getIssuer().toString()).isEqualTo(issuer("jinan"));
        assertThat(TenantContext.call("jinan", () -> jdbc.sql("select count(*) from staff_profile where subject = ?")
                .param("li.agent").query(Integer.class).single())).isOne();
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithAnErrorAndSignsNobodyIn() {
        int auditsBefore = signIns("vasteras", "sara.supervisor");
        var browser = new Browser(base());
        URI authorize = startSignIn(browser, "vasteras");

        browser.post("/auth/vasteras/login", Map.of("username", "sara.supervisor", "password", "not-demo"));

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/auth/vasteras/login?error");
        assertThat(browser.follow("/auth/vasteras/login?error").statusCode()).isEqualTo(200);
        assertThat(signedIn(browser)).isEmpty();
        // Still not signed in at the issuer: asking again leads to the login page, not to a code.
        browser.get(authorize.toString());
        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/auth/vasteras/login");
        // Nor in the app.
        browser.get("/");
        assertThat(Browser.pathAndQuery(browser.redirect())).startsWith("/signin");
        assertThat(signIns("vasteras", "sara.supervisor")).isEqualTo(auditsBefore);
    }

    @Test
    void aJinanAccountIsUnknownToTheVasterasIssuer() {
        var browser = new Browser(base());
        startSignIn(browser, "vasteras");

        // Valid credentials, but of Jinan's store (a Jinan agent signs in with them elsewhere in this class).
        browser.post("/auth/vasteras/login", Map.of("username", "li.agent", "password", DemoStaff.PASSWORD));

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/auth/vasteras/login?error");
        assertThat(signedIn(browser)).isEmpty();
    }

    @Test
    void anUnknownTenantHasNoIssuer() {
        var browser = new Browser(base());

        assertThat(browser.get("/auth/nowhere/oauth2/authorize?response_type=code&client_id=citydialogue-nowhere"
                + "&scope=openid&state=s&redirect_uri=" + base() + "/login/oauth2/code/nowhere").statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/auth/nowhere/.well-known/openid-configuration").statusCode()).isEqualTo(404);
        assertThat(browser.get("/auth/nowhere/login").statusCode()).isEqualTo(404);
        // Nor does the app send anyone there: a sign-in link for an unknown tenant is an unknown page,
        // which for someone not signed in means the sign-in page.
        var start = browser.get("/oauth2/authorization/nowhere");
        assertThat(start.statusCode()).as("%s", start.headers().map()).isEqualTo(302);
        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/signin");
    }

    @Test
    void eachIssuerDescribesItselfAndSignsWithItsOwnKeys() throws Exception {
        var browser = new Browser(base());

        var vasteras = JSONObjectUtils.parse(browser.get("/auth/vasteras/.well-known/openid-configuration").body());
        var jinan = JSONObjectUtils.parse(browser.get("/auth/jinan/.well-known/openid-configuration").body());

        assertThat(vasteras).containsEntry("issuer", issuer("vasteras"))
                .containsEntry("authorization_endpoint", issuer("vasteras") + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer("vasteras") + "/oauth2/token")
                .containsEntry("jwks_uri", issuer("vasteras") + "/oauth2/jwks");
        assertThat(jinan).containsEntry("issuer", issuer("jinan"));
        Set<String> vasterasKeys = keyIds(browser.get("/auth/vasteras/oauth2/jwks").body());
        Set<String> jinanKeys = keyIds(browser.get("/auth/jinan/oauth2/jwks").body());
        assertThat(vasterasKeys).isNotEmpty().doesNotContainAnyElementsOf(jinanKeys);
        assertThat(jinanKeys).isNotEmpty();
    }

    @Test
    void theVasterasClientIsUnknownToTheJinanIssuer() {
        var browser = new Browser(base());
        // Signed in at Jinan's issuer, so only the client decides what happens.
        URI jinanAuthorize = startSignIn(browser, "jinan");
        browser.post("/auth/jinan/login", Map.of("username", "li.agent", "password", DemoStaff.PASSWORD));
        assertThat(browser.redirect()).isEqualTo(resumed(jinanAuthorize));

        var refused = browser.get(authorizeRequest("jinan", "vasteras"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        // The same request with Jinan's own client is given a code at once.
        browser.get(authorizeRequest("jinan", "jinan"));
        assertThat(Browser.query(browser.redirect())).containsKey("code");
    }

    @Test
    void aCodeOfTheVasterasIssuerCannotBeRedeemedAtTheJinanIssuer() throws Exception {
        var browser = new Browser(base());
        startSignIn(browser, "vasteras");
        browser.post("/auth/vasteras/login", Map.of("username", "adam.admin", "password", DemoStaff.PASSWORD));
        // The app's own requests use PKCE, whose verifier only the app knows: ask for a code directly.
        browser.get(authorizeRequest("vasteras", "vasteras"));
        String code = Browser.query(browser.redirect()).get("code");
        assertThat(code).isNotBlank();
        var redemption = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", base() + "/login/oauth2/code/vasteras", "code_verifier", VERIFIER);

        var atJinan = redeem(browser, "jinan", redemption);

        assertThat(atJinan.statusCode()).isEqualTo(401);
        assertThat(atJinan.body()).contains("invalid_client").doesNotContain("id_token");
        // At its own issuer the same code gives an ID token that names Västerås as issuer.
        var atVasteras = redeem(browser, "vasteras", redemption);
        assertThat(atVasteras.statusCode()).isEqualTo(200);
        var idToken = SignedJWT.parse((String) JSONObjectUtils.parse(atVasteras.body()).get("id_token"))
                .getJWTClaimsSet();
        assertThat(idToken.getIssuer()).isEqualTo(issuer("vasteras"));
        assertThat(idToken.getAudience()).containsExactly("citydialogue-vasteras");
        assertThat(idToken.getSubject()).isEqualTo("adam.admin");
        assertThat(idToken.getStringListClaim("roles")).containsExactly("tenant_admin");
    }

    @Test
    void aCodeRedeemedWithAWrongClientSecretIsRefusedAndWithTheRightOneAccepted() {
        var browser = new Browser(base());
        startSignIn(browser, "vasteras");
        browser.post("/auth/vasteras/login", Map.of("username", "anna.agent", "password", DemoStaff.PASSWORD));
        browser.get(authorizeRequest("vasteras", "vasteras"));
        var redemption = Map.of("grant_type", "authorization_code", "code", Browser.query(browser.redirect()).get("code"),
                "redirect_uri", base() + "/login/oauth2/code/vasteras", "code_verifier", VERIFIER);
        String secret = clients.secret();
        String wrong = secret.substring(0, secret.length() - 1) + (secret.endsWith("0") ? "1" : "0");

        assertThat(redeem(browser, "vasteras", redemption, wrong).statusCode()).isEqualTo(401);
        assertThat(redeem(browser, "vasteras", redemption, secret.substring(1)).statusCode()).isEqualTo(401);
        assertThat(redeem(browser, "vasteras", redemption, secret).statusCode()).isEqualTo(200);
    }

    @Test
    void someoneSignedInAtTheVasterasIssuerMustSignInAgainAtTheJinanIssuer() {
        var browser = new Browser(base());
        signIn(browser, "vasteras", "anna.agent", DemoStaff.PASSWORD);
        // Signed in at Västerås's issuer: it hands out a code without asking again.
        browser.get(authorizeRequest("vasteras", "vasteras"));
        assertThat(Browser.query(browser.redirect())).containsKey("code");

        browser.get(authorizeRequest("jinan", "jinan"));

        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/auth/jinan/login");
    }

    @Test
    void afterSigningOutTheAppAndTheIssuerBothAskForSignInAgain() {
        var browser = new Browser(base());
        signIn(browser, "vasteras", "hans.handlaggare", DemoStaff.PASSWORD);
        var csrf = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(browser.last().body());
        assertThat(csrf.find()).as("CSRF token in the page: %s", browser.last().body()).isTrue();

        browser.post("/logout", Map.of("_csrf", csrf.group(1)));

        // The app forgets the session and asks the issuer to end its own (RP-initiated logout)...
        URI endSession = browser.redirect();
        assertThat(endSession.toString()).startsWith(issuer("vasteras") + "/connect/logout?");
        assertThat(Browser.query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", base() + "/signin");
        assertThat(signedIn(browser)).isEmpty();
        // ...which does, and sends the browser back to the sign-in page.
        browser.get(endSession.toString());
        assertThat(browser.redirect().toString()).isEqualTo(base() + "/signin");
        browser.get("/");
        assertThat(Browser.pathAndQuery(browser.redirect())).startsWith("/signin");
        browser.get(authorizeRequest("vasteras", "vasteras"));
        assertThat(Browser.pathAndQuery(browser.redirect())).isEqualTo("/auth/vasteras/login");
    }

    // --- hops ---

    /** Follows the app to the tenant's issuer and on to its login page; answers the authorization request. */
    private URI startSignIn(Browser browser, String tenant) {
        browser.get("/oauth2/authorization/" + tenant);
        URI authorize = browser.redirect();
        assertThat(authorize.toString()).startsWith(issuer(tenant) + "/oauth2/authorize?");
        browser.get(authorize.toString());
        assertThat(browser.follow("/auth/" + tenant + "/login").statusCode()).isEqualTo(200);
        return authorize;
    }

    private void signIn(Browser browser, String tenant, String username, String password) {
        URI authorize = startSignIn(browser, tenant);
        browser.post("/auth/" + tenant + "/login", Map.of("username", username, "password", password));
        assertThat(browser.redirect()).isEqualTo(resumed(authorize));
        browser.get(authorize.toString());
        browser.follow("/login/oauth2/code/" + tenant + "?");
        assertThat(browser.follow("/").statusCode()).isEqualTo(200);
    }

    /** The authorization request as the issuer resumes it after sign-in (Spring marks it "continue"). */
    private static URI resumed(URI authorize) {
        return URI.create(authorize + "&continue");
    }

    /** An authorization request of our own, with PKCE (which the issuers require) by {@link #VERIFIER}. */
    private String authorizeRequest(String issuerTenant, String clientTenant) {
        return "/auth/" + issuerTenant + "/oauth2/authorize?response_type=code&client_id=citydialogue-" + clientTenant
                + "&scope=openid&state=test&redirect_uri=" + base() + "/login/oauth2/code/" + clientTenant
                + "&code_challenge_method=S256&code_challenge=" + challenge(VERIFIER);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> redeem(Browser browser, String issuerTenant, Map<String, String> form) {
        return redeem(browser, issuerTenant, form, clients.secret());
    }

    private HttpResponse<String> redeem(Browser browser, String issuerTenant, Map<String, String> form,
            String clientSecret) {
        String basic = Base64.getEncoder().encodeToString(("citydialogue-vasteras:" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(browser.resolve("/auth/" + issuerTenant + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
    }

    // --- what the server knows ---

    private Optional<StaffUser> signedIn(Browser browser) {
        return AppSessions.signedIn(context, browser);
    }

    private int signIns(String tenant, String username) {
        return TenantContext.call(tenant, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'staff.sign-in' and actor = ?")
                .param(username).query(Integer.class).single());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> keyIds(String jwks) throws java.text.ParseException {
        var keys = (List<Map<String, Object>>) JSONObjectUtils.parse(jwks).get("keys");
        return keys.stream().map(k -> (String) k.get("kid")).collect(Collectors.toSet());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String issuer(String tenant) {
        return base() + "/auth/" + tenant;
    }
}
