package org.citydialogue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/** The command line of one node of the app on a shared PostgreSQL, as the multi-node tests start them. */
public final class Nodes {

    private Nodes() {
    }

    /**
     * As command-line arguments: they override application.properties (default properties would not).
     *
     * @param port 0 for any free port
     */
    public static List<String> arguments(String name, int port, int databasePort) {
        return List.of(
                "--spring.application.name=" + name,
                "--server.port=" + port,
                "--citydialogue.public-url=http://localhost:${local.server.port}",
                "--citydialogue.database.embedded=false",
                "--citydialogue.database.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--citydialogue.database.admin-username=postgres",
                "--citydialogue.database.admin-password=postgres",
                "--citydialogue.database.app-password=two-nodes",
                "--citydialogue.database.pool-size=4",
                "--citydialogue.demo.case-history-days=0",
                "--vaadin.devmode.devTools.enabled=false");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
