package org.citydialogue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in needs one: it keeps cookies and never follows a redirect by itself,
 * so a test follows (and checks) every hop.
 */
final class Browser {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private HttpResponse<String> last;

    Browser(String base) {
        this.base = URI.create(base);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    HttpResponse<String> post(String pathOrUrl, Map<String, String> form) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            last = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in at the tenant's built-in issuer, following each hop as a browser would; answers itself. */
    Browser signIn(String tenant, String username, String password) {
        get("/oauth2/authorization/" + tenant);
        get(redirect().toString());
        follow("/auth/" + tenant + "/login");
        post("/auth/" + tenant + "/login", Map.of("username", username, "password", password));
        get(redirect().toString());
        get(redirect().toString());
        assertThat(follow("/").statusCode()).as("%s of %s signed in", username, tenant).isEqualTo(200);
        return this;
    }

    /** Asserts the last answer was a redirect and gives where it points, resolved against the request. */
    URI redirect() {
        assertThat(last.statusCode()).as("status of %s %s", last.request().method(), last.request().uri())
                .isIn(301, 302, 303, 307);
        String location = last.headers().firstValue("Location").orElseThrow();
        return last.request().uri().resolve(location);
    }

    /** Follows the last redirect, asserting where it points: an absolute URL, or a path on the app. */
    HttpResponse<String> follow(String expectedPrefix) {
        URI next = redirect();
        assertThat(expectedPrefix.startsWith("/") ? pathAndQuery(next) : next.toString())
                .as("redirect of %s", last.request().uri()).startsWith(expectedPrefix);
        return get(next.toString());
    }

    static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    HttpResponse<String> last() {
        return last;
    }

    URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
