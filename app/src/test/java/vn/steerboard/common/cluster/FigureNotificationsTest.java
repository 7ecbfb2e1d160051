package vn.steerboard.common.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.LiveEvents;
import vn.steerboard.support.TestDatabase;
import vn.steerboard.support.TestFixtures;

/**
 * The running application and "another node" played by the test's own PostgreSQL connection: a change committed
 * here is sent on the schema's channel; a notice from elsewhere reaches the open live pages, while the node's own
 * notices and payloads that are not notices are dropped. On H2 nothing listens and nothing is sent.
 */
@IntegrationTest
class FigureNotificationsTest {

    private static final long BOUND_SECONDS = 30;

    @LocalServerPort
    int port;

    @Autowired
    ClusterNode node;

    @Test
    void noticesFromElsewhereReachTheLivePagesAndNothingElseDoes() throws Exception {
        if (!TestDatabase.onPostgres()) {
            assertThat(node.shared()).as("H2: one node").isFalse();
            assertThat(node.listening()).isFalse();
            return;
        }
        awaitListening();
        String unit = "ZZ" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1000);
        String elsewhere = UUID.randomUUID().toString();
        try (LiveEvents live = LiveEvents.open(port); Connection other = otherNode()) {
            String channel = ChangeNoticeStore.channel(other);
            List<String> dropped = new ArrayList<>(List.of(node.id() + "|tasks|" + unit, elsewhere + "|secrets|" + unit,
                    elsewhere + "|tasks|" + unit + "|extra", "<script>|tasks|" + unit, elsewhere + "|tasks|" + unit + "'--",
                    "x".repeat(7000) + unit));
            for (String payload : dropped) {
                send(other, channel, payload);
            }
            send(other, channel, elsewhere + "|quality|" + unit);
            assertThat(live.next(unit)).as("the first event naming the unit is the valid notice from elsewhere (in order)")
                    .contains("\"quality\"").doesNotContain("tasks");
        }
    }

    @Test
    void aChangeCommittedHereIsSentToTheOtherNodes() throws Exception {
        if (!TestDatabase.onPostgres()) {
            return;
        }
        String unit = TestFixtures.unit("BYT", "FigureNotificationsTest.sent");
        try (Connection other = otherNode()) {
            try (Statement listen = other.createStatement()) {
                listen.execute("LISTEN " + ChangeNoticeStore.channel(other));
            }
            Api.Reply submitted = Api.as(port, "admin").post("/api/indicators/submissions", Map.of("dataSet", "CDS_TINH",
                    "unit", unit, "period", TestFixtures.MONTH, "values", Map.of("NS_DU_TOAN", 10, "NS_GIAI_NGAN", 2)));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            String expected = node.id() + "|indicators|" + unit;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            List<String> heard = new ArrayList<>();
            while (!heard.contains(expected) && System.nanoTime() < until) {
                PGNotification[] notices = other.unwrap(PGConnection.class).getNotifications(500);
                for (PGNotification notice : notices == null ? new PGNotification[0] : notices) {
                    heard.add(notice.getParameter());
                }
            }
            assertThat(heard).contains(expected);
        }
    }

    private void awaitListening() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (!node.listening() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(node.listening()).as("the listener's connection is open").isTrue();
    }

    private static Connection otherNode() throws Exception {
        Connection connection = DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword());
        connection.setAutoCommit(true);
        return connection;
    }

    private static void send(Connection connection, String channel, String payload) throws Exception {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.execute();
        }
    }
}
