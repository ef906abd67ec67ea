package org.citydialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One contact-centre agent's browser as the server sees it: its cookies, the OIDC sign-in at the
 * tenant's issuer, and Vaadin's own protocol — the init request that creates a UI, navigation, and
 * UIDL round trips that carry the UI's CSRF token and the sync id the server expects next.
 * Many agents share one {@link HttpClient}; each keeps its own cookies and follows its redirects.
 */
public final class AgentClient {

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern GRID_NODE = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-grid\"}");

    private final URI base;
    /** The node a sticky load balancer keeps this browser on, or null: requests go to {@link #base}. */
    private URI node;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private int gridNode = -1;
    private String route = "";

    public AgentClient(String base, HttpClient http) {
        this.base = URI.create(base);
        this.http = http;
    }

    /**
     * A browser that reaches the app at {@code publicUrl} through a sticky load balancer, which
     * sends all its requests to {@code node} and tells the node the public address (X-Forwarded-*).
     */
    public static AgentClient behindLoadBalancer(String publicUrl, String node, HttpClient http) {
        AgentClient agent = new AgentClient(publicUrl, http);
        agent.node = URI.create(node);
        return agent;
    }

    /** An HTTP client for many agents: no cookies or redirects of its own. */
    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in at the tenant's issuer with user name and password, as the sign-in page's link does. */
    public void signIn(String tenant, String username, String password) {
        follow(get("/oauth2/authorization/" + tenant));
        HttpResponse<String> landed = follow(send(HttpRequest.newBuilder(base.resolve("/auth/" + tenant + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password))))));
        if (landed.statusCode() != 200 || !landed.uri().getPath().equals("/")) {
            throw new IllegalStateException("sign-in of " + username + " ended at " + landed.uri() + " with "
                    + landed.statusCode());
        }
    }

    /** Opens a view as a new browser tab does: the page, Vaadin's init request, then the route. */
    public void open(String route) {
        expect(follow(get("/" + route)));
        String init = expect(get("/?v-r=init&location=" + encode(route) + "&query=")).body();
        csrfToken = group(CSRF, init);
        uiId = Integer.parseInt(group(UI_ID, init));
        syncId = Integer.parseInt(group(SYNC_ID, init));
        clientId = 0;
        navigate(route);
    }

    /** Moves the open UI to another route, as a click on a router link does. */
    public String navigate(String route) {
        String answer = uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        Matcher grid = GRID_NODE.matcher(answer);
        if (grid.find()) {
            gridNode = Integer.parseInt(grid.group(1));
        } else if (!route.equals(this.route)) {
            gridNode = -1;
        }
        // Navigating to the route already shown keeps its view, and so its grid, which is not sent again.
        this.route = route;
        return answer;
    }

    /** Scrolls the view's grid to rows [first, first + count), which fetches that page from the database. */
    public String scrollGrid(int first, int count) {
        if (gridNode < 0) {
            throw new IllegalStateException("no grid on this view");
        }
        return uidl("[{\"type\":\"publishedEventHandler\",\"node\":" + gridNode
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + first + ","
                + count + "],\"promise\":0}]");
    }

    /** One UIDL round trip with the given RPC invocations (a JSON array). */
    public String uidl(String rpcArray) {
        String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpcArray + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        String answer = expect(send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)))).body();
        syncId = Integer.parseInt(group(SYNC_ID, answer));
        clientId++;
        return answer;
    }

    private HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).GET());
    }

    /** Follows redirects as a browser does, keeping the cookies each hop sets. */
    private HttpResponse<String> follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next.toString());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (node != null) {
            viaLoadBalancer(request);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void viaLoadBalancer(HttpRequest.Builder request) {
        URI uri = request.copy().build().uri();
        if (uri.toString().startsWith(base.toString())) {
            request.uri(node.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
        request.header("X-Forwarded-Proto", base.getScheme()).header("X-Forwarded-Host", base.getHost())
                .header("X-Forwarded-Port", String.valueOf(base.getPort()));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + abbreviate(text));
        }
        return m.group(1);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
