package org.citydialogue.identity;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a Vaadin route over plain HTTP as its browser client would, with a signed-in {@link
 * Browser}'s session: the bootstrap request for a new UI, the navigation event, then the first rows
 * of every grid the view shows (grids send rows only when asked). What comes back is everything
 * the server sent for the view, for checking what it reveals.
 */
final class ViewOverHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRID = "com.vaadin.flow.component.grid.Grid";

    private final Browser browser;
    private final List<JsonNode> messages = new ArrayList<>();
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;

    private ViewOverHttp(Browser browser) {
        this.browser = browser;
    }

    /** Everything the server sent for the route: the bootstrap page, its UI and the view with its grids' first rows. */
    static String open(Browser browser, String route) {
        var view = new ViewOverHttp(browser);
        String page = browser.get("/" + route).body();
        view.start(route);
        view.navigate(route);
        view.grids().forEach(view::requestRows);
        return page + "\n" + view.messages;
    }

    private void start(String route) {
        JsonNode config = JSON.readTree(browser.get("/?v-r=init&location=" + route).body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        csrfToken = config.get("uidl").get("Vaadin-Security-Key").asString();
        messages.add(config.get("uidl"));
    }

    private void navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        send(JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate")
                .set("data", data));
    }

    private void requestRows(int gridNode) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", gridNode)
                .put("templateEventMethodName", "setViewportRange").put("promise", 0);
        rpc.putArray("templateEventMethodArgs").add(0).add(200);
        send(rpc);
    }

    /** Node ids of the grids among the components the server has created so far. */
    private List<Integer> grids() {
        List<Integer> grids = new ArrayList<>();
        for (JsonNode message : messages) {
            for (JsonNode change : message.path("changes")) {
                if ("jc".equals(change.path("key").asString()) && GRID.equals(change.path("value").asString())) {
                    grids.add(change.get("node").asInt());
                }
            }
        }
        return grids;
    }

    private void send(ObjectNode rpc) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId)
                .put("clientId", clientId);
        ((ArrayNode) message.putArray("rpc")).add(rpc);
        String body = browser.send(HttpRequest.newBuilder(browser.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))).body();
        // A UIDL answer may start with Vaadin's anti-hijacking prefix.
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        messages.add(answer);
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
    }
}
