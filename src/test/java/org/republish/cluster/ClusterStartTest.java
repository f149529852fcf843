package org.republish.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.republish.config.Settings;

/** Joining a cluster: without the setting nothing changes; a database that cannot be used stops the start, saying why. */
class ClusterStartTest {

    @Test
    void withoutAClusterUrlTheNodeRunsAlone() throws IOException {
        assertTrue(Cluster.configured(Settings.of(Map.of()), () -> "").isEmpty());
    }

    @Test
    void aDatabaseThatDoesNotAnswerStopsTheStartWithAMessageSayingSo() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/republish";
        IOException e = assertThrows(IOException.class,
                () -> Cluster.configured(Settings.of(Map.of(Cluster.URL, url)), () -> ""));
        assertTrue(e.getMessage().contains(url) && e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void onlyPostgreSqlIsAccepted() {
        IOException e = assertThrows(IOException.class, () -> Cluster.configured(
                Settings.of(Map.of(Cluster.URL, "jdbc:mysql://db/republish")), () -> ""));
        assertTrue(e.getMessage().contains("PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void claimsMustBeRenewedWellBeforeTheyExpire() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cluster.configured(
                Settings.of(Map.of(Cluster.URL, "jdbc:postgresql://127.0.0.1:1/x", Cluster.LOCK_SECONDS, "8",
                        Cluster.RENEW_SECONDS, "5")), () -> ""));
        assertTrue(e.getMessage().contains("more than twice"), e.getMessage());
    }

    @Test
    void theDefaultNodeNameIsHostAndProcess() {
        assertTrue(Cluster.defaultNodeName().endsWith("-" + ProcessHandle.current().pid()));
    }
}
