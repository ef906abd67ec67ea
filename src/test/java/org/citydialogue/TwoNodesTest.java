package org.citydialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.citydialogue.cases.CaseUpdates;
import org.citydialogue.cases.Cases;
import org.citydialogue.cases.NewCase;
import org.citydialogue.cases.ResidentCase;
import org.citydialogue.identity.Role;
import org.citydialogue.identity.SignedInStaff;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the app — two complete Spring applications, each with its own web server on
 * loopback, its own connection pools and its own listener — on one PostgreSQL, as behind the load
 * balancer of docker-compose: what staff do on node A reaches the screens open on node B within a
 * second, node B reads the same data, and an API token either node's built-in issuer signs is
 * accepted by the other (they share the issuer's keys through the database).
 */
class TwoNodesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static int portA;
    /** Both nodes' public URL, as behind one load balancer: node A's own address stands for it. */
    private static String publicUrl;

    @BeforeAll
    static void startPostgresAndTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder().start();
        try (var free = new ServerSocket(0)) {
            portA = free.getLocalPort();
        }
        publicUrl = "http://localhost:" + portA;
        // One after the other, as docker-compose starts them: the first provisions the stores.
        nodeA = node("node-a", portA);
        nodeB = node("node-b", 0);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static ConfigurableApplicationContext node(String name, int port) {
        // Both nodes behind one public URL, as behind a load balancer, instead of each its own.
        var arguments = new java.util.ArrayList<>(Nodes.arguments(name, port, database.getPort()).stream()
                .filter(argument -> !argument.startsWith("--citydialogue.public-url=")).toList());
        arguments.add("--citydialogue.public-url=" + publicUrl);
        return new SpringApplicationBuilder(CityDialogueApplication.class).run(arguments.toArray(String[]::new));
    }

    @Test
    void a_case_registered_and_forwarded_on_node_a_reaches_node_b_within_a_second() throws Exception {
        BlockingQueue<Long> changedOnB = new LinkedBlockingQueue<>();
        nodeB.getBean(CaseUpdates.class).subscribe("vasteras", changedOnB::add);
        Cases casesOnA = nodeA.getBean(Cases.class);
        Cases casesOnB = nodeB.getBean(Cases.class);

        StaffUser anna = SignedInStaff.as("vasteras", "anna.agent", "Anna Lindqvist", Role.AGENT);
        ResidentCase registered;
        try {
            registered = casesOnA.register(anna, new NewCase("complaint", "phone", "streets-parks",
                    "Översvämmad gångväg vid Svartån.", "Svartån", "Eva Svensson", null, null, "sv"));
            assertThat(changedOnB.poll(1, TimeUnit.SECONDS)).as("registration seen on node B").isEqualTo(registered.id());

            casesOnA.act(anna, registered.id(), registered.version(), "forward", "streets-parks", "Till gatuenheten.");
            assertThat(changedOnB.poll(1, TimeUnit.SECONDS)).as("step seen on node B").isEqualTo(registered.id());
        } finally {
            SignedInStaff.signOut();
        }

        ResidentCase onB = TenantContext.call("vasteras", () -> casesOnB.find(registered.id()).orElseThrow());
        assertThat(onB.status()).isEqualTo("forwarded");
        assertThat(onB.reference()).isEqualTo(registered.reference());
    }

    @Test
    void an_api_token_issued_by_either_node_is_accepted_by_the_other() throws Exception {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        // Node B is reached as the load balancer forwards to it: the public host and port in X-Forwarded-*.
        String fromA = token("http://localhost:" + portA);
        // (Tomcat takes X-Forwarded-Port only with X-Forwarded-Proto.)
        String fromB = token("http://localhost:" + portB, "X-Forwarded-Proto", "http", "X-Forwarded-Host", "localhost",
                "X-Forwarded-Port", String.valueOf(portA));

        assertThat(report("http://localhost:" + portB, fromA)).as("node A's token at node B").isEqualTo(200);
        assertThat(report("http://localhost:" + portA, fromB)).as("node B's token at node A").isEqualTo(200);
        assertThat(report("http://localhost:" + portB, fromA.substring(0, fromA.length() - 4) + "AAAA"))
                .as("a forged signature").isEqualTo(403);
    }

    @Test
    void an_agent_kept_on_node_b_signs_in_though_node_bs_token_call_lands_on_node_a() throws Exception {
        int portB = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        // The browser stays on node B; node B's own call to the issuer's token endpoint goes to the public
        // URL, which here is node A: node A must know the code node B issued, and node B's client secret.
        var anna = AgentClient.behindLoadBalancer(publicUrl, "http://localhost:" + portB, AgentClient.sharedHttp());
        // Each step throws unless the sign-in lands on the app's start page and the queue opens.
        org.assertj.core.api.Assertions.assertThatCode(() -> {
            anna.signIn("vasteras", "anna.agent", "demo");
            anna.open("cases");
        }).as("signed in on node B, the code redeemed at node A").doesNotThrowAnyException();
        try (var owner = database.getPostgresDatabase().getConnection();
                var rows = owner.createStatement().executeQuery("select count(*) from tenant_vasteras.issuer_authorization"
                        + " where code_hash is not null and id_token_hash is not null")) {
            rows.next();
            assertThat(rows.getInt(1)).as("sign-ins kept in Västerås's store, for every node").isPositive();
        }
    }

    private static String token(String node, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node + "/auth/vasteras/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "vasteras-webform:demo-webform-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        var response = HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(
                "grant_type=client_credentials&scope=open311")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSONObjectUtils.parse(response.body()).get("access_token").toString();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo(publicUrl + "/auth/vasteras");
        return token;
    }

    private static int report(String node, String token) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/open311/v2/requests.json"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("service_code=other&address_string=Stora%20Torget%201"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
