package vn.steerboard.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.cluster.ClusterNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.Node;
import vn.steerboard.support.PrivatePostgres;

/**
 * The database goes away while the application runs, then comes back: on a PostgreSQL server of the test's own,
 * stopped (every connection cut) and started again. Meanwhile API calls are answered 503 problem details within
 * the configured connection timeout, readiness is DOWN and liveness UP; afterwards the same node serves again with
 * no restart, and a session signed in before the outage is still valid (it is in the database). Skipped only where
 * no PostgreSQL is installed and CI is not true.
 */
@org.junit.jupiter.api.Tag("outage")
class PostgresOutageTest {

    private static final int CONNECTION_TIMEOUT_MS = 2000;

    @Test
    void aLostDatabaseIs503FastAndTheNodeRecoversByItself() throws Exception {
        Optional<Path> bin = PrivatePostgres.binaries();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL binaries under /usr/lib/postgresql");
        }
        assertThat(bin).as("CI=true: PostgreSQL must be installed (see .ci/run)").isPresent();
        try (PrivatePostgres pg = PrivatePostgres.start(bin.get(), "outage");
                Node node = Node.start(pg.url("outage"), PrivatePostgres.USER, "",
                        "--spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT_MS)) {
            node.account("outage.pg.admin", "ADMIN");
            String basic = Client.basic("outage.pg.admin", Api.DEMO_PASSWORD);
            Client api = new Client(node.port()).header("Authorization", basic);
            Client browser = new Client(node.port());
            assertThat(browser.signIn("outage.pg.admin", Api.DEMO_PASSWORD).header("Location")).doesNotContain("error");
            assertThat(browser.get("/api/me").status()).isEqualTo(200);
            assertThat(api.get("/api/tasks").status()).isEqualTo(200);
            assertThat(probe(node, "readiness")).isEqualTo(200);
            assertThat(probe(node, "liveness")).isEqualTo(200);
            ClusterNode cluster = node.bean(ClusterNode.class);
            assertThat(awaitListening(cluster, true)).as("the figures listener has its own connection").isTrue();

            pg.stop();

            long started = System.nanoTime();
            Client.Reply lost = api.get("/api/tasks");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("outage test: 503 after %d ms (connection timeout %d ms)%n", took.toMillis(), CONNECTION_TIMEOUT_MS);
            assertThat(lost.status()).as(lost.toString()).isEqualTo(503);
            assertThat(lost.header("Content-Type")).contains("application/problem+json");
            assertThat(lost.header("Retry-After")).isNotBlank();
            assertThat(lost.body()).contains("\"status\":503").contains("/problems/unavailable")
                    .doesNotContain("Exception").doesNotContain("Sign-in required");
            assertThat(took).as("answered within the connection timeout (plus the work around it), not hanging")
                    .isLessThan(Duration.ofMillis(CONNECTION_TIMEOUT_MS * 4L));
            Client.Reply signedIn = browser.get("/api/me");
            assertThat(signedIn.status()).as("the signed-in browser is not told to sign in: " + signedIn).isEqualTo(503);
            assertThat(probe(node, "readiness")).as("readiness: the database is down").isEqualTo(503);
            assertThat(probe(node, "liveness")).as("liveness: the process is fine, do not restart it").isEqualTo(200);
            assertThat(awaitListening(cluster, false)).as("the figures listener noticed").isFalse();

            pg.start();

            // the same node, not restarted: serves again once Hikari has new connections (bounded wait, not timed)
            int status = 0;
            for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
                status = api.get("/api/tasks").status();
                if (status != 200) {
                    Thread.sleep(500);
                }
            }
            assertThat(status).as("serves again after the database returned").isEqualTo(200);
            assertThat(probe(node, "readiness")).isEqualTo(200);
            Client.Reply me = browser.get("/api/me");
            assertThat(me.status()).as("the session from before the outage").isEqualTo(200);
            assertThat(me.body()).contains("outage.pg.admin");
            assertThat(awaitListening(cluster, true)).as("the figures listener listens again, by itself").isTrue();
        }
    }

    /** Whether the node listens to the others, once it does as expected or a generous bound passed. */
    private static boolean awaitListening(ClusterNode cluster, boolean expected) throws InterruptedException {
        for (int attempt = 0; attempt < 600 && cluster.listening() != expected; attempt++) {
            Thread.sleep(50);
        }
        return cluster.listening();
    }

    private static int probe(Node node, String group) {
        return new Client(node.port()).get("/actuator/health/" + group).status();
    }
}
