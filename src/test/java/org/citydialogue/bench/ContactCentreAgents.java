package org.citydialogue.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Contact-centre agents in Gatling's Java DSL, talking to the real Vaadin UI as their browsers
 * would (the same protocol as {@code AgentClient}): OIDC sign-in at the city's built-in issuer,
 * the queue page and Vaadin's init request (which hands out the UI id, its CSRF token and the
 * first sync id), then, from signing in until the ramp and the work time are over, think and either
 * scroll the queue's lazy grid to a random page, open a case, or go back to the queue: a shift that
 * arrives over the ramp (sign-ins spread out) and works on. Every UIDL request carries
 * the CSRF token, the sync id the server answered last and the client's own counter.
 *
 * <p>Gatling creates the simulation itself, so the benchmark hands it the {@link Workload} through
 * {@link #workload}; the results come back in it too (Gatling 3.15 writes them only as an HTML
 * report, under {@code target/gatling}).
 */
public class ContactCentreAgents extends Simulation {

    /**
     * What the agents do, and what came of it: the response times of their work (not the
     * sign-in) while the shift was still arriving and once all had signed in, and how many
     * requests were sent and failed (a failed check or no answer).
     */
    public record Workload(String baseUrl, String tenant, List<String> staff, int agents, Duration ramp,
            Duration work, Duration thinkMin, Duration thinkMax, long[] caseIds, int queueRows,
            ConcurrentLinkedQueue<Integer> duringRamp, ConcurrentLinkedQueue<Integer> roundTrips, AtomicLong requests,
            AtomicLong failed) {

        public Workload(String baseUrl, String tenant, List<String> staff, int agents, Duration ramp, Duration work,
                Duration thinkMin, Duration thinkMax, long[] caseIds, int queueRows) {
            this(baseUrl, tenant, staff, agents, ramp, work, thinkMin, thinkMax, caseIds, queueRows,
                    new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong());
        }
    }

    static volatile Workload workload;

    private static final String SYNC_ID = "\"syncId\"\\s*:\\s*(\\d+)";
    private static final String GRID_NODE =
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-grid\"}";

    private final Workload w = workload;
    /** When the last agent has signed in (about), and when the shift's measured part ends. */
    private final long allIn = System.currentTimeMillis() + w.ramp().toMillis() + 5_000;
    private final long end = allIn + w.work().toMillis();

    public ContactCentreAgents() {
        var agents = scenario("contact-centre agent")
                .exec(session -> session.set("username", w.staff().get((int) (session.userId() % w.staff().size())))
                        .set("first", 0))
                // An agent whose setup step failed stops there: the next would fail for want of its answer.
                .exec(signIn()).exitHereIf(session -> session.contains("broken"))
                .exec(openQueue()).exitHereIf(session -> session.contains("broken"))
                .exec(scrollQueue(false)).exitHereIf(session -> session.contains("broken"))
                // Each agent works from signing in until the end, as a shift arriving over the ramp does.
                .asLongAs(session -> System.currentTimeMillis() < end).on(
                        pause(w.thinkMin(), w.thinkMax()),
                        doIfOrElse(session -> session.getBoolean("onQueue")).then(
                                uniformRandomSwitch().on(
                                        exec(session -> session.set("first",
                                                ThreadLocalRandom.current().nextInt(Math.max(1, w.queueRows() - 50))))
                                                .exec(scrollQueue(true)),
                                        exec(session -> session.set("caseId",
                                                w.caseIds()[ThreadLocalRandom.current().nextInt(w.caseIds().length)])
                                                .set("onQueue", false))
                                                .exec(navigate("open case", "cases/#{caseId}", true))))
                                .orElse(exec(session -> session.set("onQueue", true))
                                        .exec(navigate("back to queue", "cases", true))));
        setUp(agents.injectOpen(rampUsers(w.agents()).during(w.ramp())))
                .protocols(http.baseUrl(w.baseUrl()).disableCaching().acceptHeader("*/*"));
    }

    /** The sign-in page's link, the issuer's password form, and the redirects back to the app. */
    private ChainBuilder signIn() {
        return request(http("sign-in: to issuer").get("/oauth2/authorization/" + w.tenant()).check(status().is(200)),
                false)
                .exec(request(http("sign-in: password").post("/auth/" + w.tenant() + "/login")
                        .formParam("username", "#{username}").formParam("password", "demo")
                        .check(status().is(200), currentLocation().is(w.baseUrl() + "/")), false));
    }

    /** The queue as a new tab opens it: the page, Vaadin's init request, then the route. */
    private ChainBuilder openQueue() {
        return request(http("queue page").get("/cases").check(status().is(200)), false)
                .exec(request(http("vaadin init").get("/?v-r=init&location=cases&query=").check(status().is(200),
                        regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("csrf"),
                        regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"),
                        regex(SYNC_ID).saveAs("syncId")), false))
                .exec(session -> session.set("clientId", 0).set("onQueue", true))
                .exec(navigate("open queue", "cases", false));
    }

    /** A router link's navigation (route as Gatling EL); remembers the new view's grid, if any. */
    private ChainBuilder navigate(String name, String route, boolean timed) {
        return uidl(name, "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]",
                timed, regex(GRID_NODE).withDefault("-1").saveAs("gridNode"));
    }

    /** The grid asks for rows [first, first + 50), which fetches that page of the queue. */
    private ChainBuilder scrollQueue(boolean timed) {
        return uidl("scroll queue", "[{\"type\":\"publishedEventHandler\",\"node\":#{gridNode},"
                + "\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[#{first},50],"
                + "\"promise\":0}]", timed);
    }

    /** One UIDL round trip: the UI's CSRF token, the sync id last answered, the client's counter. */
    private ChainBuilder uidl(String name, String rpc, boolean timed, CheckBuilder... more) {
        return request(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":" + rpc
                        + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200), regex(SYNC_ID).saveAs("syncId"),
                        regex("\"(sessionExpired|appError)\"").notExists())
                .check(more), timed)
                .exec(session -> session.set("clientId", session.getInt("clientId") + 1));
    }

    /**
     * Sends the request and counts it; a failure is counted and marks the agent broken (it stops
     * after its setup), a timed request's response time goes to the workload's round trips.
     */
    private ChainBuilder request(HttpRequestActionBuilder request, boolean timed) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(session -> {
            w.requests().incrementAndGet();
            if (session.isFailed()) {
                w.failed().incrementAndGet();
                return session.markAsSucceeded().set("broken", true).remove("rt");
            }
            if (timed) {
                (System.currentTimeMillis() < allIn ? w.duringRamp() : w.roundTrips()).add(session.getInt("rt"));
            }
            return session.remove("rt");
        });
    }
}
