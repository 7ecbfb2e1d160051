package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.common.cluster.ClusterNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.Client;
import vn.steerboard.support.LiveEvents;
import vn.steerboard.support.Node;
import vn.steerboard.support.PostgresAvailability;
import vn.steerboard.support.TestDatabase;

/**
 * Two application nodes on one PostgreSQL (as in TwoNodesTest): node B has cached its national figures and its national
 * page's model; an assessment completed through node A, and then a new version of the framework loaded through node A,
 * reach B's figures and page at B's next requests, without anything happening on B (the change notices cross by
 * LISTEN/NOTIFY and clear B's caches). Waits are on the figures, bounded only against hanging; nothing is timed.
 */
@Tag("database")
@ExtendWith(PostgresAvailability.class)
@EnabledIfSystemProperty(named = "steerboard.test.database", matches = "postgresql")
class NationalFiguresOnTwoNodesTest {

    private static final String PROVINCE = "01";

    @Test
    void aCompletionAndANewVersionOnOneNodeReachTheOthersCachedFigures() throws Exception {
        String url = Node.freshPostgresSchema("assessment_nodes");
        try (Node a = Node.start(url, TestDatabase.pgUser(), TestDatabase.pgPassword());
             Node b = Node.start(url, TestDatabase.pgUser(), TestDatabase.pgPassword())) {
            a.account("assessment.nodes.admin", "ADMIN");
            awaitListening(a);
            awaitListening(b);
            JsonNode before = national(b);
            assertThat(before.get("total").asLong()).isZero();
            String name = provinceName(before);
            assertThat(leagueRow(b, name)).as("B's page, now cached: no province in the league yet").isFalse();

            EnterpriseClient.completedAssessment(a.port(), a.bean(JdbcClient.class), PROVINCE);
            JsonNode after = await(b, f -> f.get("total").asLong() == 1);
            assertThat(after.get("total").asLong()).as("B's figures, at its next request").isEqualTo(1);
            assertThat(after.get("frameworkVersion").asInt()).isEqualTo(before.get("frameworkVersion").asInt());
            assertThat(leagueRow(b, name)).as("B's page: the province leads the league").isTrue();

            int next = before.get("frameworkVersion").asInt() + 1;
            String yaml = FrameworkLibrary.resource("sme-dx").replaceFirst("(?m)^version: \\d+", "version: " + next);
            Client.Reply loaded = new Client(a.port()).header("Authorization", Client.basic("assessment.nodes.admin",
                    Api.DEMO_PASSWORD)).post("/api/admin/assessment/frameworks", "application/yaml", yaml);
            assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
            JsonNode newVersion = await(b, f -> f.get("frameworkVersion").asInt() == next);
            assertThat(newVersion.get("frameworkVersion").asInt()).as("B shows the new version's figures").isEqualTo(next);
            assertThat(newVersion.get("total").asLong()).as("nobody assessed under it yet").isZero();
            assertThat(leagueRow(b, name)).as("B's page follows").isFalse();
        }
    }

    private static JsonNode national(Node node) {
        Api.Reply reply = Api.anonymous(node.port()).get("/api/assessment/national?framework=sme-dx");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode await(Node node, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + LiveEvents.BOUND.toNanos();
        JsonNode figures = national(node);
        while (!until.test(figures) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            figures = national(node);
        }
        return figures;
    }

    private static String provinceName(JsonNode figures) {
        for (JsonNode p : figures.get("provinces")) {
            if (PROVINCE.equals(p.get("code").asString())) {
                return p.get("nameVi").asString();
            }
        }
        throw new AssertionError("no province " + PROVINCE);
    }

    /** Whether the national page (Vietnamese) ranks the province first in its league. */
    private static boolean leagueRow(Node node, String province) {
        Client.Reply page = new Client(node.port()).get("/assessment/national", "Accept", "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return Pattern.compile("<td>1</td>\\s*<td>" + Pattern.quote(province) + "</td>").matcher(page.body()).find();
    }

    private static void awaitListening(Node node) throws InterruptedException {
        ClusterNode cluster = node.bean(ClusterNode.class);
        long until = System.nanoTime() + LiveEvents.BOUND.toNanos();
        while (!cluster.listening() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(cluster.listening()).as("the node listens to the others").isTrue();
    }
}
